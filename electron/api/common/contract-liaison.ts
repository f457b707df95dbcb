import { z } from 'zod';
import { method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { liaisonMissingInput, liaisonMissingSchema } from './schemas/liaison.js';

const { EVERYONE, WRITERS } = ROLE_GROUPS;

/** The lettre de liaison (issue 26 item 4): prepared at « sorti », never forgotten. */
export const liaisonMethods = {
  'liaison.open': method({
    input: z.object({ caseId: z.number().int().positive().meta({ title: 'Intervention' }) }).strict(),
    output: z.object({ patientId: z.number(), visitId: z.number(), kind: z.string() }),
    // Who writes letters opens it (the theatre's own staff see the list, and the surgeon signs).
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ouvrir la lettre de liaison d’une intervention (préparée depuis l’intervention)',
  }),
  'liaison.missing': method({
    input: liaisonMissingInput,
    output: liaisonMissingSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Les patients sortis sans lettre de liaison signée',
  }),
} as const;
