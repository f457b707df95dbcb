import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { text } from './schemas/common.js';

const { ADMIN } = ROLE_GROUPS;

export const backupSettingsInputSchema = z
  .object({
    folder: text('Dossier des sauvegardes', 500, { min: 1 }),
    // Empty keeps the passphrase already set; 12 characters at least when given.
    passphrase: z.string().max(200).default('').meta({ title: 'Phrase secrète des sauvegardes' }),
    enabled: z.boolean().default(true).meta({ title: 'Sauvegarde quotidienne' }),
  })
  .strict();

const runSchema = z.object({
  id: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  reason: z.string(),
  file: z.string(),
  size: z.number(),
  ok: z.boolean(),
  detail: z.string(),
});

/** Backups (issue 14): where, with which passphrase, now, and how they went. */
export const backupMethods = {
  'backups.settings': method({
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), enabled: z.boolean(), hasPassphrase: z.boolean() }).nullable(),
    access: ADMIN,
    mutates: false,
    summary: 'Voir où vont les sauvegardes',
  }),
  'backups.saveSettings': method({
    input: backupSettingsInputSchema,
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Choisir le dossier des sauvegardes et leur phrase secrète',
  }),
  'backups.runNow': method({
    input: z.object({}).strict(),
    output: z.object({
      file: z.string(),
      size: z.number(),
      detail: z.string(),
      counts: z.record(z.string(), z.number()),
    }),
    access: ADMIN,
    mutates: true,
    summary: 'Sauvegarder maintenant (base et documents, chiffrés, vérifiés)',
  }),
  'backups.status': method({
    input: z.object({}).strict(),
    output: z.object({
      configured: z.boolean(),
      lastGood: z.object({ at: z.string(), file: z.string(), size: z.number(), detail: z.string() }).nullable(),
      overdue: z.boolean(),
      /** A restore asked from Cabinet, done at the next start of Paume. */
      pendingRestore: z.object({ file: z.string(), requestedAt: z.string() }).nullable(),
      runs: z.array(runSchema),
    }),
    access: ADMIN,
    mutates: false,
    summary: 'Voir la dernière sauvegarde, les précédentes et le retard éventuel',
  }),
  'backups.inspect': method({
    input: z.object({ file: text('Sauvegarde', 200, { min: 1 }) }).strict(),
    output: z.object({
      file: z.string(),
      integrity: z.string(),
      schemaVersion: z.number(),
      counts: z.record(z.string(), z.number()),
      /** Whose backup it is, against the practice in place (issue 27). */
      practice: z.object({
        backup: z.string(),
        current: z.string(),
        otherPractice: z.boolean(),
        sentence: z.string(),
      }),
      /** The documents its database names that neither the backup nor this folder has. */
      missingDocuments: z.array(z.string()),
      /** The documents decrypted and found whole (those this folder lacks). */
      documentsChecked: z.number(),
    }),
    access: ADMIN,
    mutates: false,
    summary: 'Essai de restauration : ce que contient une sauvegarde, sans rien changer',
  }),
  'backups.scheduleRestore': method({
    input: z
      .object({
        file: text('Sauvegarde', 200, { min: 1 }),
        // Issue 27: another practice's backup is restored only when this says so explicitly.
        otherPractice: z.boolean().default(false).meta({ title: 'Sauvegarde d’un autre cabinet' }),
      })
      .strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Restaurer une sauvegarde au prochain démarrage de Paume',
  }),
  'backups.cancelRestore': method({
    input: z.object({}).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Annuler la restauration demandée',
  }),
} as const;
