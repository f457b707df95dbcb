import type { PracticeIdentity } from './store.js';

/**
 * Whose backup this is (issue 27). A backup names its practice (its identifier and its name, read
 * from the database inside the backup, which the passphrase authenticates; the manifest beside it
 * carries the same for a person without the passphrase). Restoring another practice's backup
 * replaces this practice's patients with someone else's: it is said, and done only when confirmed.
 */
export interface PracticeMatch {
  /** The backup's practice, as said to a person: « SOS Main », or « cabinet non indiqué ». */
  readonly backup: string;
  /** The practice in place: its name, « aucune base en place », or why it cannot be read. */
  readonly current: string;
  /** True when the restore needs an explicit confirmation (`--autre-cabinet`, the Cabinet box). */
  readonly otherPractice: boolean;
  /** One sentence for the dry run and the refusal. */
  readonly sentence: string;
}

export const NOT_NAMED = 'cabinet non indiqué';

export const practiceLabel = (practice: PracticeIdentity): string =>
  practice.name ? `« ${practice.name} »` : NOT_NAMED;

const sameName = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/**
 * `current` is null when the folder holds no database (a new machine: nothing to replace, nothing
 * to compare), 'illisible' when its database cannot be opened (then nothing proves the backup is
 * this practice's, so the confirmation is asked).
 */
export function matchPractice(backup: PracticeIdentity, current: PracticeIdentity | null | 'illisible'): PracticeMatch {
  const backupLabel = practiceLabel(backup);
  if (current === null)
    return {
      backup: backupLabel,
      current: 'aucune base en place',
      otherPractice: false,
      sentence: `Sauvegarde du cabinet ${backupLabel} ; aucune base en place dans ce dossier.`,
    };
  if (current === 'illisible')
    return {
      backup: backupLabel,
      current: 'base en place illisible',
      otherPractice: true,
      sentence: `Sauvegarde du cabinet ${backupLabel} ; la base en place ne se lit pas : rien ne dit que c’est le même cabinet.`,
    };
  const currentLabel = practiceLabel(current);
  // Both identified (backups made since migration 21): the identifier decides, whatever the names.
  // Otherwise (an older backup, or a folder not yet migrated) only the name can: an old backup of
  // this very practice (undoing a bad day just after the update) should not be called another
  // practice's; one with no practice named (« cabinet non indiqué ») proves nothing, so it is asked.
  const same =
    backup.uid !== null && current.uid !== null ? backup.uid === current.uid : sameName(backup.name, current.name);
  const how =
    backup.uid !== null && current.uid !== null
      ? ''
      : ` (reconnu à son nom seulement : ${backup.uid === null ? 'sauvegarde' : 'base en place'} sans identifiant de cabinet)`;
  return {
    backup: backupLabel,
    current: currentLabel,
    otherPractice: !same,
    sentence: same
      ? `Sauvegarde du cabinet ${backupLabel}, celui en place${how}.`
      : `Sauvegarde d’un autre cabinet : ${backupLabel}, alors que le cabinet en place est ${currentLabel}.`,
  };
}
