import { z } from 'zod';
import { method } from './method-spec.js';
import {
  bookSeriesInputSchema,
  cancelSeriesInputSchema,
  moveSeriesInputSchema,
  planSeriesInputSchema,
  plannedOccurrenceSchema,
  seriesSchema,
} from './schemas/agenda-series.js';
import { ROLE_GROUPS } from './schemas/common.js';
const { EVERYONE, WRITERS } = ROLE_GROUPS;

/** Series of follow-ups (issue 24 point 15): planned, booked in one go, moved or cancelled whole. */
export const agendaSeriesMethods = {
  'agenda.planSeries': method({
    input: planSeriesInputSchema,
    output: z.array(plannedOccurrenceSchema),
    access: WRITERS,
    mutates: false,
    summary: 'Préparer une série de rendez-vous : chaque date vérifiée, et le créneau libre le plus proche',
  }),
  'agenda.bookSeries': method({
    input: bookSeriesInputSchema,
    output: seriesSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Réserver une série de rendez-vous en une fois (tous, ou aucun)',
  }),
  'agenda.series': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Série' }) }).strict(),
    output: seriesSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Voir une série de rendez-vous',
  }),
  'agenda.moveSeries': method({
    input: moveSeriesInputSchema,
    output: seriesSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Déplacer les rendez-vous à venir d’une série (de quelques jours, ou à une autre heure)',
  }),
  'agenda.cancelSeries': method({
    input: cancelSeriesInputSchema,
    output: seriesSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Annuler les rendez-vous à venir d’une série',
  }),
} as const;
