import { execFileSync } from 'node:child_process';
import { packagePath } from '../../electron/lib/package-path.js';

/** Letters render in a worker thread loaded from dist/: build it, so tests run the real thread. */
export default function setup(): void {
  execFileSync(process.execPath, [packagePath('scripts', 'build-render-worker.mjs')], { stdio: 'inherit' });
}
