import { z } from 'zod';
import { text } from './common.js';
import { dateSchema } from './identity.js';
import { SEXES } from './patients.js';
import { ANAESTHESIAS } from './theatre.js';

/**
 * Le lendemain (issue 26 item 3): the J+1 follow-up call of each patient who left the day before.
 * A short structured form; answers past the practice's thresholds raise an alert for the surgeon
 * and put the patient at the top of the secretariat's queue.
 */
export const DAY_AFTER_STATES = ['a-appeler', 'a-rappeler', 'rassurant', 'alerte', 'non-joint'] as const;
export type DayAfterState = (typeof DAY_AFTER_STATES)[number];
export const DAY_AFTER_STATE_LABELS: Readonly<Record<DayAfterState, string>> = {
  'a-appeler': 'à appeler',
  'a-rappeler': 'à rappeler',
  rassurant: 'joint, rassurant',
  alerte: 'joint, alerte',
  'non-joint': 'non joint',
};

export const BLEEDING = ['non', 'tache', 'traverse'] as const;
export const BLEEDING_LABELS = { non: 'non', tache: 'pansement taché', traverse: 'traverse le pansement' } as const;
export const FINGER_COLOURS = ['rose', 'pale', 'violace'] as const;
export const FINGER_COLOUR_LABELS = {
  rose: 'rose, comme l’autre main',
  pale: 'pâle ou blanc',
  violace: 'violacé ou bleu',
} as const;
export const WARMTH = ['chaud', 'froid'] as const;
export const WARMTH_LABELS = { chaud: 'chaud', froid: 'froid' } as const;
export const FEELING = ['normale', 'engourdi-attendu', 'engourdi-nouveau'] as const;
export const FEELING_LABELS = {
  normale: 'normale',
  'engourdi-attendu': 'encore endormi (bloc)',
  'engourdi-nouveau': 'ne sent plus, nouveau',
} as const;
export const DRESSINGS = ['propre', 'tache', 'mouille-defait'] as const;
export const DRESSING_LABELS = {
  propre: 'propre et sec',
  tache: 'taché',
  'mouille-defait': 'mouillé ou défait',
} as const;

const choice = <T extends readonly [string, ...string[]]>(values: T, title: string) =>
  z.enum(values, { message: `${title} : choisir une réponse` }).meta({ title });

/** What the patient answered, in a few words each. */
export const dayAfterAnswersSchema = z
  .object({
    pain: z
      .number({ message: 'Douleur : un nombre de 0 à 10' })
      .int('Douleur : un nombre entier de 0 à 10')
      .min(0, 'Douleur : de 0 à 10')
      .max(10, 'Douleur : de 0 à 10')
      .meta({ title: 'Douleur (0 à 10)' }),
    /** Null when the patient has no thermometer: said, not guessed. */
    temperature: z
      .number({ message: 'Température : un nombre, par exemple 37,8' })
      .min(34, 'Température : entre 34 et 43 °C')
      .max(43, 'Température : entre 34 et 43 °C')
      .nullable()
      .meta({ title: 'Température (°C)' }),
    bleeding: choice(BLEEDING, 'Saignement'),
    fingerColour: choice(FINGER_COLOURS, 'Couleur des doigts'),
    warmth: choice(WARMTH, 'Chaleur des doigts'),
    feeling: choice(FEELING, 'Sensibilité'),
    nausea: z.boolean().meta({ title: 'Nausées' }),
    dressing: choice(DRESSINGS, 'Pansement'),
    questions: text('Questions du patient', 2000, { multiline: true }),
  })
  .strict();
export type DayAfterAnswers = z.infer<typeof dayAfterAnswersSchema>;

/** The answers in one line, as they land in the queue and in the file's « Échanges ». */
export function dayAfterSummary(answers: DayAfterAnswers): string {
  return [
    `douleur ${answers.pain}/10`,
    answers.temperature === null
      ? 'température non prise'
      : `température ${answers.temperature.toLocaleString('fr-FR')} °C`,
    `saignement : ${BLEEDING_LABELS[answers.bleeding]}`,
    `doigts ${FINGER_COLOUR_LABELS[answers.fingerColour]}, ${WARMTH_LABELS[answers.warmth]}`,
    `sensibilité : ${FEELING_LABELS[answers.feeling]}`,
    answers.nausea ? 'nausées' : 'pas de nausées',
    `pansement ${DRESSING_LABELS[answers.dressing]}`,
    answers.questions && `questions : ${answers.questions}`,
  ]
    .filter(Boolean)
    .join(' ; ');
}

/** The practice's alert thresholds (Cabinet), with the defaults of the issue. */
export const dayAfterThresholdsSchema = z
  .object({
    painAtLeast: z
      .number({ message: 'Seuil de douleur : un nombre de 1 à 10' })
      .int('Seuil de douleur : un nombre entier')
      .min(1, 'Seuil de douleur : de 1 à 10')
      .max(10, 'Seuil de douleur : de 1 à 10')
      .meta({ title: 'Alerte à partir d’une douleur de' }),
    temperatureAtLeast: z
      .number({ message: 'Seuil de température : un nombre, par exemple 38' })
      .min(37, 'Seuil de température : entre 37 et 40 °C')
      .max(40, 'Seuil de température : entre 37 et 40 °C')
      .meta({ title: 'Alerte à partir d’une température de (°C)' }),
    /** The hour of the follow-up day after which a patient not reached is flagged « non joint ». */
    noAnswerBy: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Heure limite : au format 16:00')
      .meta({ title: 'Non joint signalé à partir de' }),
  })
  .strict();
export type DayAfterThresholds = z.infer<typeof dayAfterThresholdsSchema>;
export const DEFAULT_DAY_AFTER_THRESHOLDS: DayAfterThresholds = {
  painAtLeast: 7,
  temperatureAtLeast: 38,
  noAnswerBy: '16:00',
};

export const dayAfterListInput = z.object({ day: dateSchema('Jour du suivi') }).strict();

const attemptSchema = z.object({
  at: z.string(),
  reached: z.boolean(),
  by: z.string(),
  notes: z.string(),
  answers: dayAfterAnswersSchema.nullable(),
  /** Why the answers raised an alert (empty: reassuring). */
  alerts: z.array(z.string()),
  /** The request put in the secretariat's queue for the surgeon, when the answers raised an alert. */
  requestId: z.number().nullable(),
});

export const dayAfterEntrySchema = z.object({
  caseId: z.number(),
  operatedOn: z.string(),
  procedure: z.string(),
  plannedAnaesthesia: z.enum(ANAESTHESIAS),
  patient: z.object({
    id: z.number(),
    name: z.string(),
    birthDate: z.string(),
    sex: z.enum(SEXES),
    phones: z.array(z.string()),
  }),
  attempts: z.array(attemptSchema),
  state: z.enum(DAY_AFTER_STATES),
});
export type DayAfterEntry = z.infer<typeof dayAfterEntrySchema>;

export const dayAfterListSchema = z.object({
  day: z.string(),
  operatedOn: z.string(),
  thresholds: dayAfterThresholdsSchema,
  entries: z.array(dayAfterEntrySchema),
});

export const recordDayAfterCallInput = z
  .object({
    caseId: z.number().int().positive().meta({ title: 'Intervention' }),
    reached: z.boolean().meta({ title: 'Patient joint' }),
    answers: dayAfterAnswersSchema.nullable().meta({ title: 'Réponses du patient' }),
    notes: text('Notes de l’appel', 2000, { multiline: true }),
  })
  .strict()
  .refine((input) => !input.reached || input.answers !== null, {
    path: ['answers'],
    message: 'un patient joint : remplir ses réponses',
  });
export type RecordDayAfterCallInput = z.infer<typeof recordDayAfterCallInput>;

/** The patient's J+1 calls, for the « Échanges » tab of the file. */
export const patientDayAfterCallsSchema = z.array(
  attemptSchema.extend({ caseId: z.number(), operatedOn: z.string(), procedure: z.string() }),
);
