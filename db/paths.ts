import { fileURLToPath } from 'node:url';

// db/ (in the sources) and dist/ (in the bundle) are both direct children of the package root,
// so one relative URL finds the root from either place.
const packageRootUrl = new URL('../', import.meta.url);

export function packagePath(...segments: string[]): string {
  return fileURLToPath(new URL(segments.join('/'), packageRootUrl));
}

export const migrationsDir = (): string => packagePath('db', 'migrations');
