/** URLs of the site's pages, under the configured base path (`/` or `/status/`). */

/** Joins the base path and segments into a directory URL ending in `/`. */
export function sitePath(base: string, ...segments: string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return segments.length === 0 ? prefix : `${prefix}${segments.map(encodeURIComponent).join('/')}/`;
}

/** The page of an incident or maintenance window. */
export function eventPath(base: string, id: string): string {
  return sitePath(base, 'incidents', id);
}

/** The postmortem page of an incident. */
export function postmortemPath(base: string, id: string): string {
  return sitePath(base, 'incidents', id, 'postmortem');
}

/** The anchor of one update on its incident page, stable for feeds and links. */
export function updateAnchor(at: Date): string {
  return `update-${at
    .toISOString()
    .replace(/[-:]|\.\d+/g, '')
    .toLowerCase()}`;
}

/** The history index, or one month's archive page (`yyyy-MM`). */
export function historyPath(base: string, month?: string): string {
  return month ? sitePath(base, 'history', month) : sitePath(base, 'history');
}

/** The page of one component, or of one year of its history. */
export function componentPath(base: string, id: string, year?: string): string {
  return year ? sitePath(base, 'components', id, year) : sitePath(base, 'components', id);
}

/** A file of the site-wide outputs (`feed.xml`), or of one component's when `componentId` is given. */
export function outputPath(base: string, file: string, componentId?: string): string {
  return `${componentId ? componentPath(base, componentId) : sitePath(base)}${file}`;
}

/** An absolute URL of a site path. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
