import { z } from 'zod';
import { appointmentSchema, id, timeOfDay } from './agenda.js';
import { text } from './common.js';
import { dateSchema } from './identity.js';

/** The most occurrences a series books at once (a year of monthly follow-ups). */
export const SERIES_MAX = 12;

/** « 10 jours », « 6 semaines », « 3 mois » after a date (issue 24 point 15). */
export const seriesOffsetSchema = z
  .object({
    amount: z.number().int().min(1).max(400).meta({ title: 'Délai' }),
    unit: z.enum(['days', 'weeks', 'months']).meta({ title: 'Unité' }),
  })
  .strict();
export type SeriesOffset = z.infer<typeof seriesOffsetSchema>;

/** Every week (or every n weeks) from a first day, or at given delays after a date (the operation). */
export const seriesPatternSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('weekly'),
      firstDate: dateSchema('Premier rendez-vous le'),
      count: z.number().int().min(2).max(SERIES_MAX).meta({ title: 'Nombre de rendez-vous' }),
      everyWeeks: z.number().int().min(1).max(8).default(1).meta({ title: 'Toutes les (semaines)' }),
    })
    .strict(),
  z
    .object({
      kind: z.literal('after'),
      fromDate: dateSchema('Après le'),
      offsets: z.array(seriesOffsetSchema).min(1).max(SERIES_MAX).meta({ title: 'Délais' }),
    })
    .strict(),
]);
export type SeriesPattern = z.output<typeof seriesPatternSchema>;

export const planSeriesInputSchema = z
  .object({
    patientId: id('Patient'),
    practitionerId: id('Praticien'),
    motifId: id('Motif'),
    time: timeOfDay('Heure'),
    pattern: seriesPatternSchema.meta({ title: 'Rythme' }),
  })
  .strict();
export type PlanSeriesInput = z.output<typeof planSeriesInputSchema>;

/** One occurrence as planned: bookable as is, or what is wrong and the nearest slot that is not. */
export const plannedOccurrenceSchema = z.object({
  date: z.string(),
  time: z.string(),
  practitionerId: z.number(),
  problem: z.string().nullable(),
  alternative: z.object({ date: z.string(), time: z.string(), practitionerId: z.number() }).nullable(),
});
export type PlannedOccurrence = z.infer<typeof plannedOccurrenceSchema>;

const occurrenceSchema = z
  .object({
    date: dateSchema('Jour'),
    time: timeOfDay('Heure'),
    practitionerId: id('Praticien'),
  })
  .strict();

export const bookSeriesInputSchema = z
  .object({
    patientId: id('Patient'),
    motifId: id('Motif'),
    occurrences: z.array(occurrenceSchema).min(1).max(SERIES_MAX).meta({ title: 'Rendez-vous de la série' }),
    label: text('Libellé de la série', 120).default(''),
  })
  .strict();
export type BookSeriesInput = z.output<typeof bookSeriesInputSchema>;

export const seriesSchema = z.object({
  id: z.number(),
  patientId: z.number(),
  motifId: z.number(),
  label: z.string(),
  /** Every occurrence, in order, cancelled and moved ones too (a moved one is its new appointment). */
  appointments: z.array(appointmentSchema),
});
export type Series = z.infer<typeof seriesSchema>;

export const moveSeriesInputSchema = z
  .object({
    seriesId: id('Série'),
    shiftDays: z.number().int().min(-60).max(120).default(0).meta({ title: 'Décalage (jours)' }),
    time: timeOfDay('Nouvelle heure').nullable().default(null),
    reason: text('Raison du déplacement', 300, { min: 2 }),
  })
  .strict();

export const cancelSeriesInputSchema = z
  .object({ seriesId: id('Série'), reason: text('Motif de l’annulation', 300, { min: 2 }) })
  .strict();
