// The first file Node runs for `paume` and `npm start` (dist/cli.cjs, dist/launch.cjs): it loads
// the bundle beside it (dist/paume-cli.cjs, dist/paume-launch.cjs) with V8's code cache, so a
// start does not compile its megabytes of JavaScript again (about 180 ms on 2 cores, issue 25).
// Node 22 has module.enableCompileCache(); Paume supports Node 20, hence this small loader.
// The cache lives in the user's cache folder, keyed by the bundle's size, date and Node's version;
// a missing, stale or refused cache only costs the compile, never the start.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';

declare const __PAUME_BUNDLE__: string;
declare const __dirname: string;

/** Where compiled code is kept: $XDG_CACHE_HOME/paume, ~/.cache/paume, else the temp folder. */
function cacheFolder(): string {
  if (process.env.PAUME_CODE_CACHE_DIR) return process.env.PAUME_CODE_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME ?? (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'paume');
}

const bundleFile = join(__dirname, __PAUME_BUNDLE__);
const source = readFileSync(bundleFile, 'utf8');
const { size, mtimeMs } = statSync(bundleFile);
const cacheFile = join(
  cacheFolder(),
  `${__PAUME_BUNDLE__}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8`,
);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // first start with this bundle: compiled below, cached when it has run
}

const script = new Script(Module.wrap(source), {
  filename: bundleFile,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

let saved = false;
/** Saves the code compiled so far (the functions start-up ran are in it), once, atomically. */
function saveCache(): void {
  if (saved || (cachedData && !script.cachedDataRejected)) return;
  saved = true;
  try {
    // Two levels at most (~/.cache, then paume), not a recursive mkdir: under some paths (/proc)
    // Node's recursive mkdir never returns, and a start must never hang on its cache.
    const folder = dirname(cacheFile);
    for (const level of [dirname(folder), folder]) {
      try {
        mkdirSync(level);
      } catch {
        // already there, or impossible: the write below says which
      }
    }
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // a read-only or full disk: the next start compiles again, nothing else changes
  }
}
// A server saves once it has started and served (the code it ran is then compiled); a short
// command saves when it ends.
setTimeout(saveCache, 3000).unref();
process.once('exit', saveCache);

const bundleModule = new Module(bundleFile);
bundleModule.filename = bundleFile;
const wrapped = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;
wrapped.call(
  bundleModule.exports,
  bundleModule.exports,
  createRequire(bundleFile),
  bundleModule,
  bundleFile,
  __dirname,
);
