// Bundles the Node side (CLI, launcher, Electron main and preload) into dist/*.cjs.
// CommonJS because Electron's sandboxed preload must be.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { buildWorkers } from './build-workers.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Libraries are bundled in (one file to read instead of 1,268, issue 25); native modules and
  // what is loaded by name at run time stay in node_modules.
  external: ['better-sqlite3-multiple-ciphers', '@fugood/whisper.node', 'an-array-of-french-words', 'electron'],
  sourcemap: 'linked',
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  // import.meta.url has no CommonJS equivalent; db/paths.ts needs it to find the package root.
  define: { 'import.meta.url': '__paumeModuleUrl', __PAUME_VERSION__: JSON.stringify(version) },
  banner: { js: 'const __paumeModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

const loader = (outfile, bundle, shebang) =>
  build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    entryPoints: ['electron/cli/cached-start.ts'],
    outfile,
    define: { __PAUME_BUNDLE__: JSON.stringify(bundle) },
    banner: { js: shebang },
  });

await Promise.all([
  buildWorkers(),
  // `paume` and `npm start`: a small loader each (electron/cli/cached-start.ts) that runs its
  // bundle with V8's code cache.
  build({ ...common, entryPoints: ['electron/cli/paume.ts'], outfile: 'dist/paume-cli.cjs' }),
  build({ ...common, entryPoints: ['electron/cli/launch.ts'], outfile: 'dist/paume-launch.cjs' }),
  loader('dist/cli.cjs', 'paume-cli.cjs', '#!/usr/bin/env node'),
  loader('dist/launch.cjs', 'paume-launch.cjs', ''),
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload.cjs',
    banner: {},
    define: {},
  }),
]);
