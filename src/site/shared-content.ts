/**
 * One load of the content folder per build process. The build command validates first and the
 * pages then reuse the same result instead of parsing thousands of files again; "now" is fixed
 * once per load so that every page agrees on it.
 */
import { formatDiagnostic, hasErrors } from '../core/diagnostics.ts';
import { loadContent, type SiteContent } from '../content/load-content.ts';
import { resolveNow } from './runtime-env.ts';

interface SharedState {
  now?: Date;
  loads: Map<string, Promise<SiteContent>>;
}

// On globalThis because the command line, the Astro config and the pages run in separate module
// graphs of the same process.
const shared: SharedState = ((globalThis as { __upfront?: SharedState }).__upfront ??= { loads: new Map() });

/** "Now" for this build: UPFRONT_NOW when set, else the real time at the first call. */
export function buildNow(): Date {
  if (!shared.now) {
    const resolved = resolveNow(process.env);
    if ('error' in resolved) throw new Error(resolved.error);
    shared.now = resolved.now;
  }
  return shared.now;
}

/** The validated content of `contentDir`, loaded once; throws a readable report on errors. */
export async function sharedContent(contentDir: string): Promise<SiteContent> {
  const content = await loadedContent(contentDir);
  if (hasErrors(content.diagnostics)) {
    throw new Error(`content has errors (run \`npm run check\`):\n${content.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  return content;
}

/** The content of `contentDir` as loaded for the pages, with any problems; never throws. */
export function loadedContent(contentDir: string): Promise<SiteContent> {
  let load = shared.loads.get(contentDir);
  if (!load) {
    load = loadContent(contentDir, buildNow());
    shared.loads.set(contentDir, load);
  }
  return load;
}

/** Records content already loaded and validated for `contentDir` at `now`, for the pages to reuse. */
export function shareContent(contentDir: string, content: SiteContent, now: Date): void {
  shared.loads.set(contentDir, Promise.resolve(content));
  shared.now = now;
}

/** Drops what was loaded for `contentDir` and the fixed "now", so that the next page reads the files again (`upfront dev`). */
export function forgetContent(contentDir: string): void {
  shared.loads.delete(contentDir);
  shared.now = undefined;
}
