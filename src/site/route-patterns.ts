/** The URL pattern of each page and endpoint file of the engine's `routes/` folder. */

/**
 * The pattern Astro routes a file to, as file-based routing would (`history/[month].astro` →
 * `/history/[month]`, `feed.xml.ts` → `/feed.xml`, `index.astro` → `/`); undefined for files
 * that are no route.
 */
export function routePattern(file: string): string | undefined {
  const match = /^(.*?)(?:\.astro|\.ts)$/.exec(file.replaceAll('\\', '/'));
  if (!match || match[1].endsWith('.d')) return undefined;
  const path = match[1].replace(/(^|\/)index$/, '');
  return `/${path}`.replace(/\/$/, '') || '/';
}
