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
  const { pain, bleeding, fingerColour, warmth, feeling, nausea, dressing, noThermometer } = draft;
  const temperature = noThermometer ? null : parseTemperature(draft.temperature);
  if (
    pain !== null &&
    (noThermometer || temperature !== null) &&
    bleeding !== null &&
    fingerColour !== null &&
    warmth !== null &&
    feeling !== null &&
    nausea !== null &&
    dressing !== null
  )
    return {
      answers: {
        pain,
        temperature,
        bleeding,
        fingerColour,
        warmth,
        feeling,
        nausea,
        dressing,
        questions: draft.questions,
      },
    };
  const unanswered: [string, boolean][] = [
    ['douleur', pain === null],
    ['température (ou « pas de thermomètre »)', !noThermometer && temperature === null],
    ['saignement', bleeding === null],
    ['couleur des doigts', fingerColour === null],
    ['chaleur des doigts', warmth === null],
    ['sensibilité', feeling === null],
    ['nausées', nausea === null],
    ['pansement', dressing === null],
  ];
  return { missing: unanswered.filter(([, missing]) => missing).map(([label]) => label) };
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
