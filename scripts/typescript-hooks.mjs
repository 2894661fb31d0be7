/**
 * Module hooks that let Node run Upfront's own TypeScript from inside node_modules.
 *
 * Why: Node strips types from .ts files natively, but refuses to for files under node_modules
 * (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), which is where an installed Upfront lives.
 * These hooks apply the same stripper (`module.stripTypeScriptTypes`) to the files of this
 * package only, so the installed CLI runs exactly the code a checkout runs. use-node.mjs
 * registers them (`module.register`); plain JavaScript, as it runs before any TypeScript can.
 */
import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('..', import.meta.url).href;

/** Loads the package's .ts files as ES modules with their types stripped; everything else as usual. */
export async function load(url, context, nextLoad) {
  if (!url.startsWith(packageRoot) || !url.endsWith('.ts') || !url.slice(packageRoot.length).match(/^(src|scripts)\//)) return nextLoad(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  return { format: 'module', source: quietly(() => stripTypeScriptTypes(source, { sourceUrl: url })), shortCircuit: true };
}

/** Runs `work` without the one-time "experimental feature" warning of the stripper, which users cannot act on. */
function quietly(work) {
  const emit = process.emitWarning;
  process.emitWarning = (warning, ...rest) => (String(warning).includes('stripTypeScriptTypes') ? undefined : emit.call(process, warning, ...rest));
  try {
    return work();
  } finally {
    process.emitWarning = emit;
  }
}
