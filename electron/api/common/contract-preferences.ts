import { z } from 'zod';
import { method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { preferenceInputSchema, preferenceSchema } from './schemas/patient-file.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { EVERYONE } = ROLE_GROUPS;

/** What the patient chose (music, anaesthesia, what to talk about), for the theatre team. */
export const preferenceMethods = {
  'preferences.set': method({
    input: preferenceInputSchema,
    output: z.array(preferenceSchema),
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Enregistrer une préférence du patient',
  }),
} as const;
