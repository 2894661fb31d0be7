#!/usr/bin/env node
// The package's `upfront` command (`npx upfront …`): runs scripts/upfront.ts on a Node recent
// enough for it, fetched by use-node.mjs when the machine's is older.
import { fileURLToPath } from 'node:url';

process.argv.splice(2, 0, fileURLToPath(new URL('./upfront.ts', import.meta.url)));
await import('./use-node.mjs');
