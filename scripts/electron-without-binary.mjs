#!/usr/bin/env node
// Run by `npm install` (postinstall). Electron is an optional dependency: where its binary cannot
// be downloaded, its install script fails and npm removes the whole package, types included, so
// `tsc` could no longer check the shell against Electron's real API (issue 15). This puts the
// package back as ELECTRON_SKIP_BINARY_DOWNLOAD=1 would have left it: the registry's tarball, its
// JavaScript and declarations, no binary. `npm start` then sees "package present, binary absent"
// and opens browser mode. On a machine where the download works, nothing happens here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'node_modules', 'electron');
const say = (line) => process.stdout.write(`[electron] ${line}\n`);

if (!existsSync(join(target, 'electron.d.ts'))) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const version = lock.packages?.['node_modules/electron']?.version;
  if (!version) {
    say('version absente de package-lock.json : rien à faire.');
  } else {
    const work = mkdtempSync(join(tmpdir(), 'paume-electron-'));
    try {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      execFileSync(npm, ['pack', `electron@${version}`, '--pack-destination', work, '--silent'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        shell: process.platform === 'win32',
      });
      const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
      if (!tarball) throw new Error('npm pack n’a rien produit');
      mkdirSync(target, { recursive: true });
      execFileSync('tar', ['-xzf', join(work, tarball), '-C', target, '--strip-components=1'], { stdio: 'inherit' });
      say(
        `binaire indisponible ici : paquet electron@${version} installé sans binaire (types ; npm start ouvre le mode navigateur).`,
      );
    } catch (error) {
      say(
        `paquet electron non installé (${error.message}) : npm start ouvrira le mode navigateur, mais tsc ne trouvera pas les types d’Electron.`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}
