/** Links into the source repository, so that readers can see every edit made to a page's file. */

/**
 * The web page listing the commits that changed `path` on `branch`. The URL layout depends on
 * the forge: GitLab uses `/-/commits/`, Gitea and Forgejo (Codeberg) `/commits/branch/`, and
 * GitHub (also GitHub Enterprise on any host) `/commits/`.
 */
export function fileHistoryUrl(repositoryUrl: string, branch: string, path: string): string {
  const repository = repositoryUrl.replace(/\/+$/, '');
  const host = new URL(repository).hostname;
  const file = [...branch.split('/'), ...path.split('/')].map(encodeURIComponent).join('/');
  if (/(^|\.)gitlab\./.test(host)) return `${repository}/-/commits/${file}`;
  if (/(^|\.)(codeberg\.org|gitea\.)/.test(host)) return `${repository}/commits/branch/${file}`;
  return `${repository}/commits/${file}`;
}

/** An Atom feed of the commits on `branch`, where the forge offers one (GitHub, GitLab). */
export function commitsFeedUrl(repositoryUrl: string, branch: string): string | undefined {
  const repository = repositoryUrl.replace(/\/+$/, '');
  const host = new URL(repository).hostname;
  const ref = branch.split('/').map(encodeURIComponent).join('/');
  if (host === 'github.com') return `${repository}/commits/${ref}.atom`;
  if (host === 'gitlab.com') return `${repository}/-/commits/${ref}?format=atom`;
  return undefined;
}
