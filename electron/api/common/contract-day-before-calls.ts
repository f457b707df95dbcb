import { z } from 'zod';
import { method } from './method-spec.js';
import {
  dayBeforeListInput,
  dayBeforeListSchema,
  patientDayBeforeCallsSchema,
  recordDayBeforeCallInput,
} from './schemas/day-before-calls.js';
import { ROLE_GROUPS } from './schemas/common.js';

// The secretariat and the ambulatory nurses (theatre staff) both make the J-1 calls.
const { EVERYONE, WRITERS } = ROLE_GROUPS;

/** La veille (issue 26 item 2): the call the day before surgery fills the Bloc card. */
export const dayBeforeCallMethods = {
  'dayBeforeCalls.list': method({
    input: dayBeforeListInput,
    output: dayBeforeListSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Les appels de la veille pour un jour de bloc',
  }),
  'dayBeforeCalls.record': method({
    input: recordDayBeforeCallInput,
    output: z.object({ id: z.number() }),
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Consigner un appel de la veille (joint ou non)',
  }),
  'dayBeforeCalls.forPatient': method({
    input: z.object({ patientId: z.number().int().positive().meta({ title: 'Patient' }) }).strict(),
    output: patientDayBeforeCallsSchema,
    // Who reads the patient's « Échanges » (inbox.forPatient) reads these too.
    access: WRITERS,
    mutates: false,
    summary: 'Voir les appels de la veille d’un patient',
  }),
} as const;
