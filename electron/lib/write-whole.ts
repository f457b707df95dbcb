import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file aside, then renames it into place: a crash (or a power cut) never leaves half a
 * file under the final name (a key, a sealed document, a certificate key, a restore request).
 */
export function writeFileWhole(path: string, content: string | Buffer, options: { mode?: number } = {}): void {
  writeFileSync(`${path}.partial`, content, options.mode === undefined ? {} : { mode: options.mode });
  renameSync(`${path}.partial`, path);
}
