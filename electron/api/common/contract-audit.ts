import { z } from 'zod';
import { method } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { auditEntrySchema, chainReportSchema, auditQuerySchema } from './schemas/users.js';
const { ADMIN } = ROLE_GROUPS;

/** The activity journal and its chain. */
export const auditMethods = {
  'audit.list': method({
    input: auditQuerySchema,
    output: z.array(auditEntrySchema),
    access: ADMIN,
    mutates: false,
    summary: "Consulter le journal d'activité",
  }),
  'audit.verify': method({
    input: z.object({}).strict(),
    output: chainReportSchema,
    access: ADMIN,
    mutates: false,
    summary: 'Vérifier la chaîne du journal (chaque entrée scellée par la précédente) et nommer la première rompue',
  }),
} as const;
