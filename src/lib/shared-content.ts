/**
 * One load of the content folder per build process. The build script validates first and the
 * Astro loaders then reuse the same result instead of parsing thousands of files again; "now"
 * is fixed once per process so that every page agrees on it.
 */
import { formatDiagnostic, hasErrors } from './diagnostics.ts';
import { loadContent, type SiteContent } from './load-content.ts';
import { resolveContentDir, resolveNow } from './runtime-env.ts';

interface SharedState {
  now?: Date;
  loads: Map<string, Promise<SiteContent>>;
}

// On globalThis because Astro evaluates the config, the content config and the pages in
// separate module graphs of the same process.
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

/** The validated content for `root` (or UPFRONT_CONTENT), loaded once; throws a readable report on errors. */
export async function sharedContent(root: string): Promise<SiteContent> {
  const contentDir = resolveContentDir(process.env, root);
  let load = shared.loads.get(contentDir);
  if (!load) {
    load = loadContent(contentDir, buildNow());
    shared.loads.set(contentDir, load);
  }
  const content = await load;
  if (hasErrors(content.diagnostics)) {
    throw new Error(`content has errors (run \`npm run check\`):\n${content.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  return content;
}

/** Records content already loaded and validated for `contentDir`, for the loaders to reuse. */
export function shareContent(contentDir: string, content: SiteContent): void {
  shared.loads.set(contentDir, Promise.resolve(content));
}
