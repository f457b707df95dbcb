import { z } from 'zod';
import { method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { doctorInputSchema, doctorSchema } from './schemas/patients.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { EVERYONE, WRITERS } = ROLE_GROUPS;

/** The directory of GPs and referring doctors. */
export const doctorMethods = {
  'doctors.search': method({
    input: z.object({ query: z.string().max(100).meta({ title: 'Recherche' }) }).strict(),
    output: z.array(doctorSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Chercher un médecin',
  }),
  'doctors.create': method({
    input: doctorInputSchema,
    output: doctorSchema,
    access: WRITERS,
    mutates: true,
    summary: 'Ajouter un médecin à l’annuaire',
  }),
} as const;
