import { packagePath } from '../electron/lib/package-path.js';

export const migrationsDir = (): string => packagePath('db', 'migrations');
