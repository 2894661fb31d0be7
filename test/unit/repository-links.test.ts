import { expect, test } from 'vitest';
import { commitsFeedUrl, fileHistoryUrl } from '../../src/outputs/repository-links.ts';

test.each([
  ['GitHub', 'https://github.com/acme/status', 'main', 'https://github.com/acme/status/commits/main/incidents/2026-11-20-api.md'],
  ['a trailing slash is dropped', 'https://github.com/acme/status/', 'main', 'https://github.com/acme/status/commits/main/incidents/2026-11-20-api.md'],
  [
    'GitHub Enterprise on its own host',
    'https://git.acme.example/ops/status',
    'live',
    'https://git.acme.example/ops/status/commits/live/incidents/2026-11-20-api.md',
  ],
  ['GitLab', 'https://gitlab.com/acme/status', 'main', 'https://gitlab.com/acme/status/-/commits/main/incidents/2026-11-20-api.md'],
  ['self-hosted GitLab', 'https://gitlab.acme.example/ops/status', 'main', 'https://gitlab.acme.example/ops/status/-/commits/main/incidents/2026-11-20-api.md'],
  ['Codeberg (Forgejo)', 'https://codeberg.org/acme/status', 'main', 'https://codeberg.org/acme/status/commits/branch/main/incidents/2026-11-20-api.md'],
  [
    'a branch with a slash keeps it',
    'https://github.com/acme/status',
    'release/site',
    'https://github.com/acme/status/commits/release/site/incidents/2026-11-20-api.md',
  ],
])('fileHistoryUrl: %s', (_name, repository, branch, url) => {
  expect(fileHistoryUrl(repository, branch, 'incidents/2026-11-20-api.md')).toBe(url);
});

test('fileHistoryUrl encodes unusual characters in file names', () => {
  expect(fileHistoryUrl('https://github.com/a/b', 'main', 'incidents/2026 #1.md')).toBe('https://github.com/a/b/commits/main/incidents/2026%20%231.md');
});

test.each([
  ['https://github.com/acme/status', 'main', 'https://github.com/acme/status/commits/main.atom'],
  ['https://gitlab.com/acme/status', 'main', 'https://gitlab.com/acme/status/-/commits/main?format=atom'],
  ['https://codeberg.org/acme/status', 'main', undefined],
])('commitsFeedUrl(%s)', (repository, branch, url) => {
  expect(commitsFeedUrl(repository, branch)).toBe(url);
});
