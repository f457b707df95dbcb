import { z } from 'zod';
import { roleSchema, text } from './common.js';

export const loginNameSchema = z
  .string()
  .trim()
  .min(2, { message: "l'identifiant compte au moins 2 caractères" })
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, {
    message: "l'identifiant ne contient que des lettres sans accent, chiffres, points, tirets",
  })
  .meta({ title: 'Identifiant' });

/** Not trimmed: a password is exactly what was typed. */
export const newPasswordSchema = z
  .string()
  .min(8, { message: 'le mot de passe compte au moins 8 caractères' })
  .max(200)
  .meta({ title: 'Mot de passe' });

export const rolesSchema = z
  .array(roleSchema)
  .min(1, { message: 'choisissez au moins un rôle' })
  .max(4)
  .meta({ title: 'Rôles' });

export const userSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  practitionerId: z.number().int().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

const practitionerIdSchema = z.number().int().positive().nullable().meta({ title: 'Praticien lié' });

export const userCreateSchema = z
  .object({
    login: loginNameSchema,
    displayName: text('Nom affiché', 120, { min: 1 }),
    password: newPasswordSchema,
    roles: rolesSchema,
    practitionerId: practitionerIdSchema,
  })
  .strict();

export const userUpdateSchema = z
  .object({
    id: z.number().int().positive().meta({ title: 'Compte' }),
    displayName: text('Nom affiché', 120, { min: 1 }),
    roles: rolesSchema,
    practitionerId: practitionerIdSchema,
    active: z.boolean().meta({ title: 'Actif' }),
    /** The version the edit is based on (issue 14). */
    version: z.number().int().positive().meta({ title: 'Version' }),
  })
  .strict();

export const passwordResetSchema = z
  .object({ id: z.number().int().positive().meta({ title: 'Compte' }), password: newPasswordSchema })
  .strict();

export const ownPasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1).max(200).meta({ title: 'Mot de passe actuel' }),
    newPassword: newPasswordSchema,
  })
  .strict();

export const loginInputSchema = z
  .object({
    login: z.string().trim().min(1).max(64).meta({ title: 'Identifiant' }),
    password: z.string().min(1).max(200).meta({ title: 'Mot de passe' }),
    /** Integrations (another seat, a script) ask for a bearer token; the browser uses the cookie. */
    wantsBearerToken: z.boolean().optional().meta({ title: 'Jeton' }),
  })
  .strict();

export const sessionInfoSchema = z.object({
  user: userSchema,
  locked: z.boolean(),
  lockAfterMinutes: z.number().int(),
  practiceName: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginResultSchema = z.object({
  session: sessionInfoSchema,
  /** Present only when wantsBearerToken was set; the transports strip it otherwise. */
  bearerToken: z.string().optional(),
});

export const unlockInputSchema = z
  .object({ password: z.string().min(1).max(200).meta({ title: 'Mot de passe' }) })
  .strict();

export const setupStatusSchema = z.object({ needsSetup: z.boolean(), practiceName: z.string().nullable() });

export const setupInputSchema = z
  .object({
    practiceName: text('Nom du cabinet', 200, { min: 1 }),
    login: loginNameSchema,
    displayName: text('Nom affiché', 120, { min: 1 }),
    password: newPasswordSchema,
    alsoSurgeon: z.boolean().meta({ title: 'Également chirurgien' }),
  })
  .strict();

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  seat: z.string(),
  action: z.string(),
  outcome: z.enum(['ok', 'refused', 'error']),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z
  .object({
    userId: z.number().int().positive().optional().meta({ title: 'Utilisateur' }),
    limit: z.number().int().min(1).max(1000).default(200).meta({ title: 'Nombre de lignes' }),
  })
  .strict();

/** `audit.verify` (issue 14): how many entries, the chain's head, the first broken entry. */
export const chainReportSchema = z.object({
  entries: z.number().int(),
  head: z.object({ entryId: z.number().int(), hash: z.string() }).nullable(),
  firstBroken: z
    .object({ entryId: z.number().int(), at: z.string(), action: z.string(), reason: z.string() })
    .nullable(),
  milliseconds: z.number(),
});
