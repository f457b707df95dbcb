import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Paume';
export const DATABASE_FILE_NAME = 'paume.sqlite';

/**
 * Where Paume keeps its data when no --data-dir is given: the same folder Electron calls
 * `userData` (appData/Paume), so the desktop window and browser mode share one patient file.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PAUME_DATA_DIR) return env.PAUME_DATA_DIR;
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

export const databaseFileIn = (dataDir: string): string => join(dataDir, DATABASE_FILE_NAME);
