import type { DayBeforeAnswers, DayBeforeEntry } from '../../electron/api/common/schemas/day-before-calls';
import type { PreferenceValue } from '../../electron/api/common/schemas/patient-file';

/** A J-1 call being filled: the answers, the notes, and the preference versions it started from. */
export interface DayBeforeDraft {
  answers: DayBeforeAnswers;
  notes: string;
  versions: Record<string, number>;
}

type ValueOf<I extends PreferenceValue['item']> = Extract<PreferenceValue, { item: I }>;

function valueOf<I extends PreferenceValue['item']>(entry: DayBeforeEntry, item: I): ValueOf<I> | undefined {
  return entry.preferences.find(
    (preference): preference is { value: ValueOf<I> } & typeof preference => preference.value.item === item,
  )?.value;
}

/** The form starts from what the file already says: the call confirms it or changes it. */
export function draftFrom(entry: DayBeforeEntry): DayBeforeDraft {
  const music = valueOf(entry, 'music');
  const fears = valueOf(entry, 'fears');
  const companion = valueOf(entry, 'companion');
  const callAfter = valueOf(entry, 'callAfter');
  return {
    answers: {
      arrivalConfirmed: false,
      fastingUnderstood: false,
      companion: { name: companion?.name ?? '', phone: companion?.phone ?? '' },
      anaesthesia: valueOf(entry, 'anaesthesia')?.choice ?? entry.plannedAnaesthesia,
      music: {
        choice: music?.choice ?? 'undecided',
        style: music?.style ?? '',
        artist: music?.artist ?? '',
        playlist: music?.playlist ?? '',
      },
      fears: {
        needles: fears?.needles ?? false,
        blood: fears?.blood ?? false,
        noise: fears?.noise ?? false,
        other: fears?.other ?? '',
      },
      talkingPoints: valueOf(entry, 'talkingPoints')?.text ?? '',
      callAfter: { name: callAfter?.name ?? '', phone: callAfter?.phone ?? '' },
    },
    notes: '',
    versions: Object.fromEntries(entry.preferences.map((preference) => [preference.value.item, preference.version])),
  };
}

/**
 * Drafts by case, kept while the page is left and come back to: choosing another patient of the
 * list, or another workspace, never loses what was noted on the phone.
 */
const drafts = new Map<number, DayBeforeDraft>();
export const keptDraft = (caseId: number): DayBeforeDraft | undefined => drafts.get(caseId);
export const keepDraft = (caseId: number, draft: DayBeforeDraft): void => {
  drafts.set(caseId, draft);
};
export const dropDraft = (caseId: number): void => {
  drafts.delete(caseId);
};
