import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron binary `npm start` can open, or null. The `electron` package exports its binary's
 * path when required from Node; it is an optional dependency. Three cases: installed with its
 * binary (the window opens); present without it (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or put back
 * by scripts/electron-without-binary.mjs: requiring it throws); absent. The last two open
 * browser mode.
 */
export function electronBinary(packageJsonPath: string): string | null {
  try {
    const binary: unknown = createRequire(packageJsonPath)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
