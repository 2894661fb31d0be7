/** Writes throw-away content folders for tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { incidentSchema } from '../../src/schemas/incident-schema.ts';

/** Default site settings for test folders. */
export const SITE_YML = `name: Test Status
url: https://status.test.example
time_zone: Europe/Berlin
support_url: mailto:help@test.example
`;

/** Default catalogue for test folders: api and website in one group, db in another. */
export const COMPONENTS_YML = `groups:
  - id: platform
    name: Platform
    components:
      - id: api
        name: API
      - id: website
        name: Website
  - id: storage
    name: Storage
    components:
      - id: db
        name: Database
`;

/** Creates a content folder with the given files (paths relative to it) plus default settings and catalogue. */
export function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'upfront-test-'));
  const all: Record<string, string | Buffer> = { 'site.yml': SITE_YML, 'components/components.yml': COMPONENTS_YML, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'incidents'), { recursive: true });
  return dir;
}

/** A valid incident file with the given frontmatter lines and body. */
export function incidentFile(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body.trim()}\n`;
}

/** The frontmatter fields an incident may have, as the "Allowed fields" of an error lists them (its updates are its body). */
export const INCIDENT_FIELDS = Object.keys(incidentSchema.shape)
  .filter((field) => field !== 'updates')
  .join(', ');
