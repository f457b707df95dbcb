import { z } from 'zod';
import { text } from './common.js';
import { dateSchema } from './identity.js';
import { DIGITS, preferenceValueSchema } from './patient-file.js';
import { SEXES } from './patients.js';
import { ANAESTHESIAS, CASE_STATUSES, ZONES } from './theatre.js';

/**
 * La veille (issue 26 item 2): the call the day before surgery. The list is built from the theatre
 * list of the day; the form confirms what the patient must know and asks what the Bloc card needs.
 */

/** Where a patient's J-1 call stands: « non joint » once the evening has come without an answer. */
export const DAY_BEFORE_STATES = ['a-appeler', 'a-rappeler', 'joint', 'non-joint'] as const;
export type DayBeforeState = (typeof DAY_BEFORE_STATES)[number];
export const DAY_BEFORE_STATE_LABELS: Readonly<Record<DayBeforeState, string>> = {
  'a-appeler': 'à appeler',
  'a-rappeler': 'à rappeler',
  joint: 'joint',
  'non-joint': 'non joint',
};

const musicValue = preferenceValueSchema.options[0];
const fearsValue = preferenceValueSchema.options[3];
const anaesthesia = z.enum(ANAESTHESIAS, { message: 'choisir WALANT, ALR ou AG' });

export const dayBeforeListInput = z.object({ day: dateSchema('Jour du bloc') }).strict();

const attemptSchema = z.object({ at: z.string(), reached: z.boolean(), by: z.string(), notes: z.string() });

/** A patient of the list: what to tell them, what their file already says, and the attempts so far. */
export const dayBeforeEntrySchema = z.object({
  caseId: z.number(),
  status: z.enum(CASE_STATUSES),
  room: z.string(),
  surgeonName: z.string().nullable(),
  procedure: z.string(),
  side: z.enum(['left', 'right']),
  digits: z.array(z.enum(DIGITS)),
  zone: z.enum(ZONES).nullable(),
  plannedAnaesthesia: z.enum(ANAESTHESIAS),
  patient: z.object({
    id: z.number(),
    name: z.string(),
    birthDate: z.string(),
    sex: z.enum(SEXES),
    phones: z.array(z.string()),
  }),
  /** « 08 h 45 », the case's planned start (the session's start and the cases before it). */
  startsAt: z.string(),
  arrivalAt: z.string(),
  place: z.string(),
  fasting: z.string(),
  companionAdvice: z.string(),
  toBring: z.string(),
  /** The preferences the form starts from, with the versions it saves on. */
  preferences: z.array(z.object({ value: preferenceValueSchema, version: z.number(), by: z.string(), at: z.string() })),
  attempts: z.array(attemptSchema),
  state: z.enum(DAY_BEFORE_STATES),
  /** The patient changed the anaesthesia on the J-1 call: the theatre list tells the anaesthetist. */
  anaesthesiaChange: z
    .object({ from: z.enum(ANAESTHESIAS), to: z.enum(ANAESTHESIAS), by: z.string(), at: z.string() })
    .nullable(),
});
export type DayBeforeEntry = z.infer<typeof dayBeforeEntrySchema>;

export const dayBeforeListSchema = z.object({
  day: z.string(),
  /** The hour after which a patient still not reached is flagged « non joint » on the theatre list. */
  eveningAt: z.string(),
  entries: z.array(dayBeforeEntrySchema),
});

const person = (name: string, phoneTitle: string) =>
  z.object({ name: text(name, 200), phone: text(phoneTitle, 30) }).strict();

/** What a reached patient confirmed and chose on the phone. */
export const dayBeforeAnswersSchema = z
  .object({
    arrivalConfirmed: z.boolean().meta({ title: 'Heure et lieu d’arrivée confirmés' }),
    fastingUnderstood: z.boolean().meta({ title: 'Consignes de jeûne comprises' }),
    companion: person('Accompagnant pour le retour', 'Téléphone de l’accompagnant'),
    anaesthesia: anaesthesia.meta({ title: 'Anesthésie choisie' }),
    music: musicValue.omit({ item: true }).meta({ title: 'Musique' }),
    fears: fearsValue.omit({ item: true }).meta({ title: 'Peurs' }),
    talkingPoints: text('Sujets de conversation', 2000, { multiline: true }),
    callAfter: person('Personne à appeler après', 'Téléphone à appeler'),
  })
  .strict();
export type DayBeforeAnswers = z.infer<typeof dayBeforeAnswersSchema>;

/** The patient's J-1 calls, for the « Échanges » tab of the file. */
export const patientDayBeforeCallsSchema = z.array(
  z.object({
    caseId: z.number(),
    surgeryDay: z.string(),
    at: z.string(),
    reached: z.boolean(),
    by: z.string(),
    notes: z.string(),
    anaesthesiaChange: z.object({ from: z.enum(ANAESTHESIAS), to: z.enum(ANAESTHESIAS) }).nullable(),
  }),
);

export const recordDayBeforeCallInput = z
  .object({
    caseId: z.number().int().positive().meta({ title: 'Intervention' }),
    reached: z.boolean().meta({ title: 'Patient joint' }),
    /** Null when the patient was not reached (nothing is asked then). */
    answers: dayBeforeAnswersSchema.nullable().meta({ title: 'Réponses du patient' }),
    /** The versions of the preferences the form was filled from (stale edits are refused, issue 14). */
    versions: z.record(z.string(), z.number().int().min(0)).meta({ title: 'Versions des préférences' }),
    notes: text('Notes de l’appel', 2000, { multiline: true }),
  })
  .strict()
  .refine((input) => !input.reached || input.answers !== null, {
    path: ['answers'],
    message: 'un patient joint : remplir ses réponses',
  });
export type RecordDayBeforeCallInput = z.infer<typeof recordDayBeforeCallInput>;
