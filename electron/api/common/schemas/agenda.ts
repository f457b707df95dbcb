import { z } from 'zod';
import { text } from './common.js';
import { dateSchema } from './identity.js';
import { categorySchema } from './inbox-protocol.js';

export const id = (title: string) => z.number().int().positive().meta({ title });
export const timeOfDay = (title: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure attendue (HH:MM)')
    .meta({ title });

export const motifInputSchema = z
  .object({
    id: id('Motif').nullable().default(null),
    label: text('Motif', 100, { min: 2 }),
    durationMinutes: z.number().int().min(5).max(480).meta({ title: 'Durée (minutes)' }),
    colour: z
      .enum(['blue', 'teal', 'green', 'orange', 'red', 'grape', 'gray'])
      .default('blue')
      .meta({ title: 'Couleur' }),
    room: text('Salle', 60).default(''),
    instructions: text('Consignes au patient', 2_000, { multiline: true }).default(''),
    emergencyAllowed: z.boolean().default(false).meta({ title: 'Possible sur un créneau d’urgence' }),
    practitionerIds: z.array(id('Praticien')).min(1, 'au moins un praticien').max(50).meta({ title: 'Praticiens' }),
    active: z.boolean().default(true).meta({ title: 'Actif' }),
    /** The version a change is based on (issue 14); 0 for a new motif. */
    version: z.number().int().min(0).default(0).meta({ title: 'Version' }),
  })
  .strict();
export type MotifInput = z.output<typeof motifInputSchema>;
export const motifSchema = motifInputSchema.extend({ id: z.number() });
export type Motif = z.infer<typeof motifSchema>;

export const periodInputSchema = z
  .object({
    practitionerId: id('Praticien'),
    weekday: z.number().int().min(1).max(7).meta({ title: 'Jour de la semaine' }),
    startTime: timeOfDay('Début'),
    endTime: timeOfDay('Fin'),
    room: text('Salle', 60).default(''),
    heldForEmergencies: z.boolean().default(false).meta({ title: 'Réservé aux urgences' }),
    release: z.enum(['day-before-17', 'same-day-11']).nullable().default(null).meta({ title: 'Libéré' }),
    validFrom: dateSchema('Valable à partir du'),
    validUntil: dateSchema('Valable jusqu’au').nullable().default(null),
  })
  .strict()
  .refine((period) => period.endTime > period.startTime, { path: ['endTime'], message: 'la fin doit suivre le début' });
export type PeriodInput = z.output<typeof periodInputSchema>;
export const periodSchema = z.object({
  id: z.number(),
  practitionerId: z.number(),
  weekday: z.number(),
  startTime: z.string(),
  endTime: z.string(),
  room: z.string(),
  heldForEmergencies: z.boolean(),
  release: z.enum(['day-before-17', 'same-day-11']).nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
});
export type Period = z.infer<typeof periodSchema>;

export const exceptionInputSchema = z
  .object({
    practitionerId: id('Praticien').nullable().meta({ title: 'Praticien (vide : tout le cabinet)' }),
    date: dateSchema('Jour'),
    /** The last day of a range (issue 24 point 13: a week's absence is one entry); null for one day. */
    untilDate: dateSchema('Jusqu’au').nullable().default(null),
    startTime: timeOfDay('Début').nullable().default(null),
    endTime: timeOfDay('Fin').nullable().default(null),
    kind: z.enum(['holiday', 'absence', 'on-call', 'theatre']).meta({ title: 'Nature' }),
    label: text('Libellé', 120).default(''),
    /** An on-call period's hours are open to the emergency motifs only, or to every motif (issue 24). */
    onCallScope: z.enum(['emergency', 'all']).default('emergency').meta({ title: 'Garde ouverte à' }),
  })
  .strict();
export type ExceptionInput = z.output<typeof exceptionInputSchema>;
export const exceptionSchema = z.object({
  id: z.number(),
  practitionerId: z.number().nullable(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  kind: z.enum(['holiday', 'absence', 'on-call', 'theatre']),
  label: z.string(),
  onCallScope: z.enum(['emergency', 'all']),
});
export type AgendaException = z.infer<typeof exceptionSchema>;

export const findSlotsInputSchema = z
  .object({
    motifId: id('Motif'),
    practitionerIds: z.array(id('Praticien')).max(50).default([]).meta({ title: 'Praticiens (vide : tous)' }),
    urgency: categorySchema.default('programme').meta({ title: 'Urgence' }),
    mornings: z.boolean().default(false).meta({ title: 'Le matin seulement' }),
    afternoons: z.boolean().default(false).meta({ title: 'L’après-midi seulement' }),
    notWeekdays: z.array(z.number().int().min(1).max(7)).max(7).default([]).meta({ title: 'Jours exclus' }),
    after: dateSchema('Pas avant le').nullable().default(null),
    limit: z.number().int().min(1).max(50).default(10).meta({ title: 'Nombre' }),
    patientId: id('Patient').nullable().default(null).meta({ title: 'Patient (son praticien habituel passe devant)' }),
  })
  .strict();
export type FindSlotsInput = z.output<typeof findSlotsInputSchema>;

export const slotSchema = z.object({
  practitionerId: z.number(),
  practitionerName: z.string(),
  date: z.string(),
  time: z.string(),
  startsAt: z.string(),
  room: z.string(),
  heldForEmergencies: z.boolean(),
  why: z.array(z.string()),
});
export type Slot = z.infer<typeof slotSchema>;

export const bookInputSchema = z
  .object({
    patientId: id('Patient'),
    practitionerId: id('Praticien'),
    motifId: id('Motif'),
    date: dateSchema('Jour'),
    time: timeOfDay('Heure'),
    urgency: categorySchema.default('programme').meta({ title: 'Urgence' }),
    notes: text('Notes', 2_000, { multiline: true }).default(''),
    inboxMessageId: id('Message').nullable().default(null),
  })
  .strict();
export type BookInput = z.output<typeof bookInputSchema>;

export const appointmentSchema = z.object({
  id: z.number(),
  practitionerId: z.number(),
  patientId: z.number(),
  patientName: z.string(),
  /** Beside every name in a list (identity vigilance, issue 22): homonyms are told apart. */
  patientBirthDate: z.string(),
  motifId: z.number(),
  motifLabel: z.string(),
  date: z.string(),
  time: z.string(),
  endTime: z.string(),
  status: z.enum(['booked', 'cancelled', 'no-show']),
  notes: z.string(),
  room: z.string(),
  /** The series it belongs to (issue 24 point 15), null for a single booking. */
  seriesId: z.number().nullable(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** A booked appointment an absence or a closure covers (issue 24 point 12), until it is dealt with. */
export const coveredAppointmentSchema = appointmentSchema.extend({
  /** What covers it, as Cabinet › Agenda names it (« absence (congrès) »). */
  closure: z.string(),
  notifiedAt: z.string().nullable(),
});
export type CoveredAppointment = z.infer<typeof coveredAppointmentSchema>;

export const cancelInputSchema = z
  .object({
    id: id('Rendez-vous'),
    reason: text('Motif de l’annulation', 300, { min: 2 }),
    noShow: z.boolean().default(false).meta({ title: 'Patient absent' }),
  })
  .strict();

export const waitlistInputSchema = z
  .object({
    patientId: id('Patient'),
    motifId: id('Motif'),
    practitionerId: id('Praticien').nullable().default(null),
    note: text('Note', 300).default(''),
  })
  .strict();

export const waitlistEntrySchema = z.object({
  id: z.number(),
  patientId: z.number(),
  patientName: z.string(),
  patientBirthDate: z.string(),
  motifId: z.number(),
  practitionerId: z.number().nullable(),
  askedOn: z.string(),
  note: z.string(),
});

export const FLOW_STEPS = ['expected', 'arrived', 'waiting', 'in-consultation', 'seen', 'left', 'absent'] as const;
export const flowSchema = z.enum(FLOW_STEPS).meta({ title: 'Étape' });
export type FlowStep = z.infer<typeof flowSchema>;
export const FLOW_LABELS: Readonly<Record<FlowStep, string>> = {
  expected: 'attendu',
  arrived: 'arrivé',
  waiting: 'en salle d’attente',
  'in-consultation': 'en consultation',
  seen: 'vu',
  left: 'parti',
  absent: 'absent',
};

export const waitingRoomEntrySchema = appointmentSchema.extend({
  practitionerName: z.string(),
  flow: flowSchema,
  flowTimes: z.record(z.string(), z.string()),
  walkIn: z.boolean(),
});
export type WaitingRoomEntry = z.infer<typeof waitingRoomEntrySchema>;

export const setFlowInputSchema = z.object({ id: id('Rendez-vous'), flow: flowSchema }).strict();

export const walkInInputSchema = z
  .object({
    patientId: id('Patient'),
    practitionerId: id('Praticien'),
    motifId: id('Motif'),
    notes: text('Notes', 2_000, { multiline: true }).default(''),
  })
  .strict();

export const moveInputSchema = z
  .object({
    id: id('Rendez-vous'),
    date: dateSchema('Nouveau jour'),
    time: timeOfDay('Nouvelle heure'),
    practitionerId: id('Praticien').nullable().default(null).meta({ title: 'Praticien (vide : le même)' }),
    reason: text('Raison du déplacement', 300, { min: 2 }),
  })
  .strict();
