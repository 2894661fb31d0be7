/**
 * Module hooks that let Node run Upfront's own TypeScript from inside node_modules.
 *
 * Why: Node strips types from .ts files natively, but refuses to for files under node_modules
 * (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), which is where an installed Upfront lives.
 * These hooks apply the same stripper (`module.stripTypeScriptTypes`) to the files of this
 * package only, so the installed CLI runs exactly the code a checkout runs. use-node.mjs
 * registers them (`module.registerHooks` where Node has it, which deprecates `module.register`
 * from Node 26; else `module.register`), so `load` is synchronous, as the first requires; plain
 * JavaScript, as it runs before any TypeScript can.
 */
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('..', import.meta.url).href;

/** Loads the package's .ts files as ES modules with their types stripped; everything else as usual. */
export function load(url, context, nextLoad) {
  if (!url.startsWith(packageRoot) || !url.endsWith('.ts') || !url.slice(packageRoot.length).match(/^(src|scripts)\//)) return nextLoad(url, context);
  const source = readFileSync(fileURLToPath(url), 'utf8');
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
