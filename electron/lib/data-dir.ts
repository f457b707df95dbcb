import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Paume';
export const DATABASE_FILE_NAME = 'paume.sqlite';

/**
 * Where Paume keeps its data when nothing else is said: the same folder Electron calls
 * `userData` (appData/Paume), so the desktop window and browser mode share one patient file.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}

export interface DataDirChoice {
  /** --data-dir, when given. */
  readonly dataDir?: string | undefined;
  /** --demo: the demonstration lives beside the real data, never in it. */
  readonly demo?: boolean | undefined;
}

/**
 * The one rule for the data folder, used by the Electron window and by every CLI command:
 * --data-dir, else PAUME_DATA_DIR, else the platform's userData folder; --demo adds "-demo"
 * to whichever was chosen unless --data-dir named the folder explicitly.
 */
export function chooseDataDir(
  choice: DataDirChoice,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (choice.dataDir) return choice.dataDir;
  const base = env.PAUME_DATA_DIR || defaultDataDir(env, platform);
  return choice.demo ? `${base}-demo` : base;
}

/** Reads --data-dir DIR, --data-dir=DIR and --demo from raw arguments (the Electron window's argv). */
export function dataDirChoiceFromArgs(argv: readonly string[]): DataDirChoice {
  let dataDir: string | undefined;
  let demo = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--demo') demo = true;
    else if (arg === '--data-dir') dataDir = argv[++index];
    else if (arg?.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
  }
  return { dataDir, demo };
}

export const databaseFileIn = (dataDir: string): string => join(dataDir, DATABASE_FILE_NAME);
