// Bundles the letter renderer's worker thread (electron/services/letters/render-worker.ts) with
// docxtemplater and pizzip into one file, dist/letter-render-worker.cjs: a worker loads a file,
// and packaged, this one is unpacked from the asar archive with nothing else to find.
// Run by scripts/build-main.mjs, and by Vitest's global setup so that tests use the real thread.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildRenderWorker() {
  await build({
    entryPoints: [join(root, 'electron/services/letters/render-worker.ts')],
    outfile: join(root, 'dist/letter-render-worker.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildRenderWorker();
