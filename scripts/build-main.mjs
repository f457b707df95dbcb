// Bundles the Node side (CLI, launcher, Electron main and preload) into dist/*.cjs.
// CommonJS because Electron's sandboxed preload must be; packages stay external (node_modules).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { buildWorkers } from './build-workers.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // import.meta.url has no CommonJS equivalent; db/paths.ts needs it to find the package root.
  define: { 'import.meta.url': '__paumeModuleUrl', __PAUME_VERSION__: JSON.stringify(version) },
  banner: { js: 'const __paumeModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  buildWorkers(),
  build({
    ...common,
    entryPoints: ['electron/cli/paume.ts'],
    outfile: 'dist/cli.cjs',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  }),
  build({ ...common, entryPoints: ['electron/cli/launch.ts'], outfile: 'dist/launch.cjs' }),
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main.cjs', external: ['electron'] }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload.cjs',
    external: ['electron'],
    banner: {},
    define: {},
  }),
]);
