import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileVault } from './file-vault.js';
import { writeFileWhole } from './write-whole.js';

/**
 * Files written before encryption at rest (documents, letters of a data folder from before issue
 * 14) are sealed once, in place: each is written encrypted beside itself, then renamed over the
 * clear one, so a crash leaves every file whole, clear or sealed (the vault reads both). A marker
 * says the pass is done, so later starts do not walk the folders again.
 */
export function sealPlainFiles(dataDir: string, folders: readonly string[], vault: FileVault): number {
  const marker = join(dataDir, 'cles', 'fichiers-chiffres');
  if (existsSync(marker)) return 0;
  let sealed = 0;
  const walk = (folder: string): void => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.startsWith('.') && !entry.name.endsWith('.partial')) {
        if (statSync(path).size === 0 || vault.isSealed(path)) continue;
        writeFileWhole(path, vault.seal(readFileSync(path)));
        sealed += 1;
      }
    }
  };
  for (const folder of folders) walk(join(dataDir, folder));
  mkdirSync(dirname(marker), { recursive: true, mode: 0o700 });
  writeFileSync(marker, `${new Date().toISOString()} ${sealed}\n`);
  return sealed;
}
