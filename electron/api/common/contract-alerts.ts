import { z } from 'zod';
import { byId, method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { alertInputSchema, alertLiftSchema, alertSchema } from './schemas/patient-file.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { WRITERS } = ROLE_GROUPS;

/** Alerts on a patient's file (allergy, anticoagulant…), lifted with a reason. */
export const alertMethods = {
  'alerts.add': method({
    input: alertInputSchema,
    output: z.array(alertSchema),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ajouter une alerte médicale',
  }),
  'alerts.deactivate': method({
    input: alertLiftSchema,
    output: z.array(alertSchema),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Lever une alerte médicale (avec un motif)',
  }),
  'alerts.reactivate': method({
    input: byId('Alerte'),
    output: z.array(alertSchema),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Rétablir une alerte levée par erreur',
  }),
} as const;
