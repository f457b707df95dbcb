import type { OutputOf } from '../../api/common/contract.js';

/** Backups of the database and the files: made, listed, checked, restored. */
export interface BackupsService {
  settings(): OutputOf<'backups.settings'>;
  /** At the start, the folder locked: a killed backup's working copies removed, its run marked failed (issue 27). */
  cleanInterrupted(): { copies: number; runs: number };
  saveSettings(input: { folder: string; passphrase: string; enabled: boolean }): void;
  runNow(reason: string, source?: string): Promise<OutputOf<'backups.runNow'>>;
  /** `paume backup FILE`: the same backup as `runNow`, into a new file named at the terminal (issue 22). */
  writeFile(input: { file: string; passphrase: string }): Promise<OutputOf<'backups.runNow'>>;
  /**
   * Before every migration (issue 14): the copy of the old database made beside it goes, like
   * any backup, encrypted and checked, to the chosen folder (when one is chosen).
   */
  keepPreMigrationCopy(copyFile: string, from: number, to: number): Promise<string | null>;
  /** The last runs, and whether the practice is overdue (48 hours without a good backup). */
  status(): OutputOf<'backups.status'>;
  /** A dry run from Cabinet: what the backup holds (integrity, schema, counts), nothing changed. */
  inspect(fileName: string): Promise<OutputOf<'backups.inspect'>>;
  /**
   * Asked from Cabinet; done at the next start of Paume, before the database opens. Checked first
   * like a dry run: a backup that would fail, or another practice's not confirmed, is refused now.
   */
  scheduleRestore(input: { file: string; otherPractice: boolean }, now: string): Promise<void>;
  cancelRestore: () => void;
  /** Due when enabled and the last good backup is a day old (the hourly check of the server). */
  due(): boolean;
}
