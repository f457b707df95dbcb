import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import {
  dayAfterListInput,
  dayAfterListSchema,
  dayAfterThresholdsSchema,
  patientDayAfterCallsSchema,
  recordDayAfterCallInput,
} from './schemas/day-after-calls.js';

// The secretariat and the ambulatory nurses (theatre staff) both make the J+1 calls.
const { EVERYONE, WRITERS, SURGEONS } = ROLE_GROUPS;

/** Le lendemain (issue 26 item 3): the J+1 follow-up call catches a complication. */
export const dayAfterCallMethods = {
  'dayAfterCalls.list': method({
    input: dayAfterListInput,
    output: dayAfterListSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Les appels du lendemain (J+1) pour un jour de suivi',
  }),
  'dayAfterCalls.record': method({
    input: recordDayAfterCallInput,
    output: z.object({ id: z.number(), alerts: z.array(z.string()), requestId: z.number().nullable() }),
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Consigner un appel du lendemain (joint ou non)',
  }),
  'dayAfterCalls.forPatient': method({
    input: z.object({ patientId: z.number().int().positive().meta({ title: 'Patient' }) }).strict(),
    output: patientDayAfterCallsSchema,
    access: WRITERS,
    mutates: false,
    summary: 'Voir les appels du lendemain d’un patient',
  }),
  'dayAfterCalls.thresholds': method({
    input: z.object({}).strict(),
    output: dayAfterThresholdsSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Les seuils d’alerte du suivi du lendemain',
  }),
  'dayAfterCalls.setThresholds': method({
    input: dayAfterThresholdsSchema,
    output: ok,
    // A medical decision: the surgeons (and the administrator) set them.
    access: SURGEONS,
    mutates: true,
    audit: 'service',
    summary: 'Régler les seuils d’alerte du suivi du lendemain',
  }),
} as const;
