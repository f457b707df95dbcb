import type { DayAfterAnswers } from '../../electron/api/common/schemas/day-after-calls';

/**
 * A J+1 call being filled. Every answer starts unanswered, never at a reassuring default: a
 * question not asked on the phone must not be recorded as « rose, chaud, pas de saignement ».
 */
export interface DayAfterDraft {
  pain: number | null;
  /** As typed, « 38,6 »; empty with `noThermometer` when the patient has none. */
  temperature: string;
  noThermometer: boolean;
  bleeding: DayAfterAnswers['bleeding'] | null;
  fingerColour: DayAfterAnswers['fingerColour'] | null;
  warmth: DayAfterAnswers['warmth'] | null;
  feeling: DayAfterAnswers['feeling'] | null;
  nausea: boolean | null;
  dressing: DayAfterAnswers['dressing'] | null;
  questions: string;
  notes: string;
}

export const emptyDayAfterDraft = (): DayAfterDraft => ({
  pain: null,
  temperature: '',
  noThermometer: false,
  bleeding: null,
  fingerColour: null,
  warmth: null,
  feeling: null,
  nausea: null,
  dressing: null,
  questions: '',
  notes: '',
});

/** « 38,6 », « 38.6 », « 38 » → 38.6; anything else is null. */
export function parseTemperature(typed: string): number | null {
  const match = /^\s*(\d{2})(?:[.,](\d))?\s*(?:°\s*C?)?\s*$/.exec(typed);
  if (!match) return null;
  return Number(`${match[1]}.${match[2] ?? '0'}`);
}

/**
 * The answers ready to send, or what is still to ask, named as on the form. The server checks
 * them again (ranges, choices) and names any field it refuses.
 */
export function answersFrom(draft: DayAfterDraft): { answers: DayAfterAnswers } | { missing: string[] } {
  const temperature = draft.noThermometer ? null : parseTemperature(draft.temperature);
  const missing = [
    draft.pain === null && 'douleur',
    !draft.noThermometer && temperature === null && 'température (ou « pas de thermomètre »)',
    draft.bleeding === null && 'saignement',
    draft.fingerColour === null && 'couleur des doigts',
    draft.warmth === null && 'chaleur des doigts',
    draft.feeling === null && 'sensibilité',
    draft.nausea === null && 'nausées',
    draft.dressing === null && 'pansement',
  ].filter((item): item is string => typeof item === 'string');
  if (
    missing.length > 0 ||
    draft.pain === null ||
    draft.bleeding === null ||
    draft.fingerColour === null ||
    draft.warmth === null ||
    draft.feeling === null ||
    draft.nausea === null ||
    draft.dressing === null
  )
    return { missing };
  return {
    answers: {
      pain: draft.pain,
      temperature,
      bleeding: draft.bleeding,
      fingerColour: draft.fingerColour,
      warmth: draft.warmth,
      feeling: draft.feeling,
      nausea: draft.nausea,
      dressing: draft.dressing,
      questions: draft.questions,
    },
  };
}

/** Drafts by case, kept while another patient of the list is opened: nothing noted on the phone is lost. */
const drafts = new Map<number, DayAfterDraft>();
export const keptDayAfterDraft = (caseId: number): DayAfterDraft | undefined => drafts.get(caseId);
export const keepDayAfterDraft = (caseId: number, draft: DayAfterDraft): void => {
  drafts.set(caseId, draft);
};
export const dropDayAfterDraft = (caseId: number): void => {
  drafts.delete(caseId);
};
