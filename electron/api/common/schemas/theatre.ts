import { z } from 'zod';
import { alertSchema, DIGITS, preferenceSchema } from './patient-file.js';
import { IDENTITY_STATUSES, SEXES } from './patients.js';
import { dateSchema } from './identity.js';
import { text } from './common.js';

export const ANAESTHESIAS = ['walant', 'regional', 'general'] as const;
export type Anaesthesia = (typeof ANAESTHESIAS)[number];
export const ANAESTHESIA_LABELS = {
  walant: 'WALANT (réveillé)',
  regional: 'ALR (bloc)',
  general: 'AG (générale)',
} as const;

/** Joints and zones of the hand, as the operating site names them (IPP = PIP, IPD = DIP). */
export const ZONES = ['MCP', 'IPP', 'IPD', 'IP', 'TM', 'poignet', 'paume', 'dos-main', 'avant-bras'] as const;
export const ZONE_LABELS = {
  MCP: 'MCP (métacarpo-phalangienne)',
  IPP: 'IPP (interphalangienne proximale)',
  IPD: 'IPD (interphalangienne distale)',
  IP: 'IP du pouce',
  TM: 'trapézo-métacarpienne',
  poignet: 'poignet',
  paume: 'paume',
  'dos-main': 'dos de la main',
  'avant-bras': 'avant-bras',
} as const;
export const SIDE_LABELS = { left: 'MAIN GAUCHE', right: 'MAIN DROITE' } as const;

/** Where the patient is through the day (issue 13), in the order it happens. */
export const CASE_STATUSES = [
  'planned',
  'called',
  'in_room',
  'induction',
  'incision',
  'end',
  'recovery',
  'left',
  'postponed',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  planned: 'prévu',
  called: 'appelé',
  in_room: 'en salle',
  induction: 'induction',
  incision: 'incision',
  end: 'fin',
  recovery: 'en salle de réveil',
  left: 'sorti',
  postponed: 'reporté',
  cancelled: 'annulé',
};

const minutes = (title: string, max: number) => z.number().int().min(0).max(max).meta({ title });

export const theatreSessionInputSchema = z
  .object({
    date: dateSchema('Date du bloc'),
    room: text('Salle', 50, { min: 1 }),
    surgeonId: z.number().int().positive().nullable().meta({ title: 'Chirurgien' }),
    anaesthetist: text('Anesthésiste', 200),
    scrubNurse: text('IBODE instrumentiste', 200),
    circulatingNurse: text('Infirmier(e) circulant(e)', 200),
  })
  .strict();

/**
 * A case: the site is structured (issue 13: wrong-site hand surgery is mostly the right hand and
 * the wrong finger): a side, and digits or a joint or zone, at least one of them.
 */
export const theatreCaseInputSchema = z
  .object({
    sessionId: z.number().int().positive().meta({ title: 'Vacation' }),
    patientId: z.number().int().positive().meta({ title: 'Patient' }),
    procedure: text('Intervention', 300, { min: 3 }),
    side: z.enum(['left', 'right'], { message: 'côté à choisir : main droite ou main gauche' }).meta({ title: 'Côté' }),
    digits: z.array(z.enum(DIGITS)).max(5).meta({ title: 'Doigt(s)' }),
    zone: z.enum(ZONES).nullable().meta({ title: 'Articulation ou zone' }),
    plannedAnaesthesia: z.enum(ANAESTHESIAS).meta({ title: 'Anesthésie prévue' }),
    estimatedMinutes: minutes('Durée estimée (min)', 600),
    turnoverMinutes: minutes('Temps de rotation (min)', 120),
    notes: text('Notes', 5000, { multiline: true }),
  })
  .strict()
  .refine((input) => input.digits.length > 0 || input.zone !== null, {
    path: ['digits'],
    message: 'précisez le ou les doigts, ou l’articulation ou la zone',
  });

/** What the card reads from the patient file, in one place, before the patient enters. */
export const theatreCardSchema = z.object({
  patientId: z.number(),
  displayName: z.string(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  age: z.number(),
  identityStatus: z.enum(IDENTITY_STATUSES),
  alerts: z.array(alertSchema),
  preferences: z.array(preferenceSchema),
  /** A photo of the person, when the file has one (a picture named « photo », « portrait » or « identité »). */
  photoDocumentId: z.number().nullable(),
  /** The anaesthesia the patient chose, when recorded; null otherwise. */
  chosenAnaesthesia: z.enum(ANAESTHESIAS).nullable(),
});

export const theatreCaseSchema = z.object({
  id: z.number(),
  sessionId: z.number(),
  position: z.number(),
  procedure: z.string(),
  side: z.enum(['left', 'right']),
  digits: z.array(z.enum(DIGITS)),
  zone: z.enum(ZONES).nullable(),
  plannedAnaesthesia: z.enum(ANAESTHESIAS),
  estimatedMinutes: z.number(),
  turnoverMinutes: z.number(),
  notes: z.string(),
  /** Planned anaesthesia differs from the patient's own choice: the list flags it. */
  anaesthesiaMismatch: z.boolean(),
  status: z.enum(CASE_STATUSES),
  statusTimes: z.record(z.string(), z.string()),
  statusReason: z.string(),
  /** Statuses reached although the checklist moment before them was not complete: who, when, why. */
  forcedSteps: z.array(
    z.object({
      status: z.enum(CASE_STATUSES),
      reason: z.string(),
      by: z.string(),
      at: z.string(),
      missing: z.array(z.string()),
    }),
  ),
  /** What the checklist still lacks before the next status of the day's flow (empty: nothing). */
  nextBlockers: z.array(z.string()),
  card: theatreCardSchema,
});

export const theatreSessionSchema = z.object({
  id: z.number(),
  date: z.string(),
  room: z.string(),
  surgeonId: z.number().nullable(),
  surgeonName: z.string().nullable(),
  anaesthetist: z.string(),
  scrubNurse: z.string(),
  circulatingNurse: z.string(),
  cases: z.array(theatreCaseSchema),
});
export type TheatreSession = z.infer<typeof theatreSessionSchema>;
export type TheatreCase = z.infer<typeof theatreCaseSchema>;
export type TheatreCaseInput = z.infer<typeof theatreCaseInputSchema>;
export type TheatreSessionInput = z.infer<typeof theatreSessionInputSchema>;

export const caseStatusInputSchema = z
  .object({
    caseId: z.number().int().positive().meta({ title: 'Intervention' }),
    status: z.enum(CASE_STATUSES).meta({ title: 'Statut' }),
    reason: text('Motif', 500),
    /** Pass a checklist gate that is not met: only with a reason, traced and shown on the case. */
    force: z.boolean().default(false).meta({ title: 'Passer outre la check-list' }),
  })
  .strict()
  .refine((input) => !['postponed', 'cancelled'].includes(input.status) || input.reason.length >= 3, {
    path: ['reason'],
    message: 'motif obligatoire pour reporter ou annuler',
  })
  .refine((input) => !input.force || input.reason.length >= 3, {
    path: ['reason'],
    message: 'motif obligatoire pour passer outre la check-list',
  });

export const CHECKLIST_ANSWERS = ['yes', 'no', 'na'] as const;
export const checklistAnswerInputSchema = z
  .object({
    caseId: z.number().int().positive().meta({ title: 'Intervention' }),
    itemId: z.string().max(50).meta({ title: 'Point de la check-list' }),
    answer: z.enum(CHECKLIST_ANSWERS).meta({ title: 'Réponse' }),
    decision: z.enum(['go', 'nogo']).nullable().default(null).meta({ title: 'Décision de l’équipe' }),
    /** What a No-Go does to the case. */
    nogoOutcome: z.enum(['postponed', 'cancelled']).nullable().default(null).meta({ title: 'Suite du No-Go' }),
    reason: text('Motif de la décision', 500),
  })
  .strict();

export const checklistSchema = z.object({
  caseId: z.number(),
  title: z.string(),
  source: z.string(),
  version: z.string(),
  complete: z.boolean(),
  moments: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** A moment is answered at its place in the case's time line, not before. */
      open: z.boolean(),
      /** The status at which it opens (« en salle »…), to say why it is still closed. */
      opensAt: z.string().nullable(),
      items: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          teamDecisionIfNo: z.boolean(),
          naAllowed: z.boolean(),
          answer: z
            .object({
              answer: z.enum(CHECKLIST_ANSWERS),
              decision: z.enum(['go', 'nogo']).nullable(),
              reason: z.string(),
              by: z.string(),
              at: z.string(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
});
export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistAnswerInput = z.infer<typeof checklistAnswerInputSchema>;
