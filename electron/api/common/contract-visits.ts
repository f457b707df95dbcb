import { method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { visitInputSchema, visitSchema, visitUpdateSchema } from './schemas/patient-file.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { WRITERS } = ROLE_GROUPS;

/** Consultations and operations, each a visit of the patient. */
export const visitMethods = {
  'visits.create': method({
    input: visitInputSchema,
    output: visitSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ajouter une consultation',
  }),
  'visits.update': method({
    input: visitUpdateSchema,
    output: visitSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Modifier une consultation',
  }),
} as const;
