// Bundles the worker threads with their libraries, one file each: a worker loads a file, and
// packaged, these are unpacked from the asar archive with nothing else to find.
//   dist/letter-render-worker.cjs  letters (docxtemplater, pizzip), issue 9
//   dist/mail-sync-worker.cjs      mail sync (imapflow, mailparser), issue 11
// Run by scripts/build-main.mjs, and by Vitest's global setup so that tests use the real threads.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const worker = (entry, outfile) =>
  build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    // lib/first-use.ts names import.meta.url for Node's ES loader only; a bundle has require().
    define: { 'import.meta.url': '__workerModuleUrl' },
    banner: { js: 'const __workerModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });

export async function buildWorkers() {
  await Promise.all([
    worker('electron/services/letters/render-worker.ts', 'dist/letter-render-worker.cjs'),
    worker('electron/services/inbox/sync/sync-worker.ts', 'dist/mail-sync-worker.cjs'),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWorkers();
