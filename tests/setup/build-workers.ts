import { execFileSync } from 'node:child_process';
import { packagePath } from '../../electron/lib/package-path.js';

/** Letters render and mail syncs in worker threads loaded from dist/: build them, so tests run the real threads. */
export default function setup(): void {
  execFileSync(process.execPath, [packagePath('scripts', 'build-workers.mjs')], { stdio: 'inherit' });
}
