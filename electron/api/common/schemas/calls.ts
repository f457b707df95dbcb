import { z } from 'zod';
import { text } from './common.js';
import { dateSchema } from './identity.js';
import { categorySchema, reasonSchema } from './inbox-protocol.js';
import { phone } from './patients.js';
import { messageStateSchema } from './inbox.js';

/** Who is on the line (issue 26): the insurers' advice is to know it before the reason. */
export const CALLER_KINDS = ['patient', 'proche', 'medecin', 'pharmacie', 'autre'] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];
export const CALLER_KIND_LABELS: Readonly<Record<CallerKind, string>> = {
  patient: 'Le patient',
  proche: 'Un proche',
  medecin: 'Un médecin',
  pharmacie: 'Une pharmacie',
  autre: 'Autre',
};

/** How a call ended, each one key in « Nouvel appel ». */
export const CALL_OUTCOMES = ['rdv', 'rappeler', 'conseil', 'oriente', 'chirurgien'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export const CALL_OUTCOME_LABELS: Readonly<Record<CallOutcome, string>> = {
  rdv: 'Rendez-vous à prendre',
  rappeler: 'À rappeler',
  conseil: 'Conseil donné',
  oriente: 'Orienté ailleurs',
  chirurgien: 'Message pour le chirurgien',
};

const id = (title: string) => z.number().int().positive().meta({ title });
const phoneNumber = phone('Numéro de l’appelant');

/** The one name a window of the host machine answers to in `paume appel --poste` (paired seats have theirs). */
export const HOST_SEAT_NAME = 'hôte';

/**
 * Telephony (issue 26 item 1): the practice's phone system says a call is ringing; « Nouvel appel »
 * opens with the number on the seat named (`hôte`, a paired seat's name), or on every seat.
 */
export const ringInput = z
  .object({
    number: phone('Numéro qui appelle'),
    seat: text('Poste', 80),
  })
  .strict()
  .refine((input) => input.number.length > 0, { path: ['number'], message: 'le numéro qui appelle est requis' });

/** Whether a « ringing » for `target` (empty: every seat) opens on the window of `thisSeat` (as the server names it). */
export function ringsHere(target: string, thisSeat: string): boolean {
  if (target === '') return true;
  if (target.toLowerCase() === HOST_SEAT_NAME || target.toLowerCase() === 'hote') return thisSeat.startsWith('http ');
  return thisSeat === `poste ${target}`;
}

/** The patients a caller may be: the number finds them, the birth date confirms one (identity vigilance). */
export const identifyCallerInput = z
  .object({
    number: phoneNumber,
    birthDate: dateSchema('Date de naissance').nullable(),
    name: text('Nom du patient', 100),
  })
  .strict();
export const callPatientSchema = z.object({ id: z.number(), name: z.string(), birthDate: z.string() });
export type CallPatient = z.infer<typeof callPatientSchema>;
export const identifyCallerSchema = z.object({
  /** How many files hold this number: said before the birth date is asked, never whose they are. */
  filesWithNumber: z.number(),
  /** Only once a birth date is given: the files with this number (or this name) born that day. */
  matches: z.array(callPatientSchema),
});

export const readCallNotesInput = z
  .object({
    notes: text('Motif de l’appel', 4000, { multiline: true }),
    patientId: id('Patient').nullable(),
    callerKind: z.enum(CALLER_KINDS).meta({ title: 'Qui appelle' }),
  })
  .strict();
export const callReadingSchema = z.object({
  category: categorySchema,
  reasons: z.array(reasonSchema),
  toVerify: z.boolean(),
  /** What to tell the caller now: the practice's own words for this category, empty when none. */
  firstAid: z.string(),
  /** When a call back is due by the protocol's handling time; null for a category without one. */
  dueAt: z.string().nullable(),
});
export type CallReading = z.infer<typeof callReadingSchema>;

export const recordCallInput = z
  .object({
    number: phoneNumber,
    callerKind: z.enum(CALLER_KINDS).meta({ title: 'Qui appelle' }),
    callerName: text('Nom de l’appelant', 200),
    patientId: id('Patient').nullable(),
    /** The birth date the caller gave: checked again on the server before the call is linked. */
    confirmedBirthDate: dateSchema('Date de naissance').nullable(),
    notes: text('Motif de l’appel', 4000, { min: 1, multiline: true }),
    category: categorySchema,
    /** Needed when an emergency of the protocol is given a less urgent category (as for mail). */
    loweringReason: text('Motif du changement de catégorie', 300),
    outcome: z.enum(CALL_OUTCOMES).meta({ title: 'Issue de l’appel' }),
    outcomeDetail: text('Précision', 300),
    assignedTo: id('Rappel confié à').nullable(),
  })
  .strict();
export type RecordCallInput = z.output<typeof recordCallInput>;

export const callsDayInput = z.object({ day: dateSchema('Jour'), query: text('Recherche', 100) }).strict();
export const callEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  number: z.string(),
  callerKind: z.enum(CALLER_KINDS),
  callerName: z.string(),
  patient: callPatientSchema.nullable(),
  notes: z.string(),
  category: categorySchema,
  suggestedCategory: categorySchema,
  loweringReason: z.string(),
  outcome: z.enum(CALL_OUTCOMES),
  outcomeDetail: z.string(),
  takenBy: z.string(),
  requestId: z.number(),
  state: messageStateSchema,
  assignedTo: z.string().nullable(),
  dueAt: z.string().nullable(),
});
export type CallEntry = z.infer<typeof callEntrySchema>;

export const firstAidSchema = z.array(
  z.object({ category: categorySchema, instructions: z.string(), isDefault: z.boolean() }),
);
export const setFirstAidInput = z
  .object({
    category: categorySchema,
    instructions: text('Consignes à donner', 2000, { multiline: true }),
  })
  .strict();
