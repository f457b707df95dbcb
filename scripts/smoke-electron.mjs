#!/usr/bin/env node
// npm run smoke:electron (issue 15): opens the real Electron window on a fresh data folder (under
// Xvfb on Linux when there is no display), waits for its first page and saves a screenshot.
// Where the Electron binary is absent (no download possible), it says so in one line and passes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let binary = null;
try {
  const found = createRequire(join(root, 'package.json'))('electron');
  if (typeof found === 'string' && existsSync(found)) binary = found;
} catch {
  binary = null;
}
if (!binary) {
  console.log('smoke:electron : binaire d’Electron absent sur cette machine, contrôle de la fenêtre sauté.');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'main.cjs'))) {
  console.error('smoke:electron : lancez d’abord npm run build.');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'paume-smoke-'));
const screenshot = join(root, 'test-results', 'screenshots', 'electron-window.png');
const args = [join(root, 'dist', 'main.cjs'), '--data-dir', dataDir];
// Chromium refuses to start as root with its OS sandbox (CI runs as root); the page's own
// sandbox (webPreferences) is unchanged.
if (process.getuid?.() === 0) args.push('--no-sandbox');
const headless = process.platform === 'linux' && !process.env.DISPLAY;
const [command, commandArgs] = headless ? ['xvfb-run', ['-a', binary, ...args]] : [binary, args];
const run = spawnSync(command, commandArgs, {
  stdio: 'inherit',
  timeout: 90_000,
  env: { ...process.env, PAUME_SMOKE_SCREENSHOT: screenshot, ELECTRON_ENABLE_LOGGING: '1' },
});
if (run.error || !existsSync(screenshot) || statSync(screenshot).size === 0) {
  console.error(
    `smoke:electron : la fenêtre n’a pas affiché sa première page (${run.error?.message ?? `code ${run.status}`}).`,
  );
  process.exit(1);
}
console.log(`smoke:electron : fenêtre ouverte depuis paume://app, capture dans ${screenshot}.`);
