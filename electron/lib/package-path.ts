import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root (where package.json, templates/ and resources/ are), found by walking up from
 * this module: it runs from electron/lib/ in the sources and from dist/*.cjs in the bundle
 * (scripts/build-main.mjs maps import.meta.url to the bundle's own file).
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json introuvable au-dessus de ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

let packageRoot: string | undefined;

export function packagePath(...segments: string[]): string {
  packageRoot ??= findPackageRoot();
  return join(packageRoot, ...segments);
}
