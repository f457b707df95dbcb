import { z } from 'zod';
import { pageLayoutSchema } from './schemas/letter-preview.js';
import { method, ok } from './method-spec.js';
import { bytes, ROLE_GROUPS, text } from './schemas/common.js';

const { EVERYONE, WRITERS, ADMIN } = ROLE_GROUPS;

const kind = z
  .string()
  .max(50)
  .regex(/^[a-z-]+$/, { message: 'nom de modèle invalide' })
  .meta({ title: 'Modèle de courrier' });
const visitId = z.number().int().positive().meta({ title: 'Consultation' });
const sections = z.record(z.string().max(50), z.string().max(50_000)).meta({ title: 'Sections' });

const letterSchema = z.object({
  id: z.number().int(),
  visitId: z.number().int(),
  kind: z.string(),
  label: z.string(),
  version: z.number().int(),
  sections: z.record(z.string(), z.string()),
  hasPdf: z.boolean(),
  author: z.string(),
  createdAt: z.string(),
});
const templateSchema = z.object({
  kind: z.string(),
  file: z.string(),
  label: z.string(),
  own: z.boolean(),
  fields: z.array(z.string()),
  sections: z.array(z.object({ key: z.string(), title: z.string() })),
});

/** Letters from templates: drafts, previews, generated versions and their PDFs. */
export const letterMethods = {
  'letters.templates': method({
    input: z.object({}).strict(),
    output: z.array(templateSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Lister les modèles de courrier',
  }),
  'letters.draft': method({
    input: z.object({ visitId, kind }).strict(),
    output: z.object({
      sections: z.record(z.string(), z.string()),
      savedDraft: z.object({ by: z.string(), at: z.string() }).nullable(),
    }),
    access: WRITERS,
    mutates: false,
    summary: 'Préparer un courrier (reprend son brouillon s’il y en a un)',
  }),
  'letters.saveDraft': method({
    input: z.object({ visitId, kind, sections }).strict(),
    output: z.object({ at: z.string() }),
    access: WRITERS,
    // Saved as it is typed: the access log keeps the letter's generation, not each keystroke.
    mutates: false,
    summary: 'Enregistrer le brouillon d’un courrier',
  }),
  'letters.discardDraft': method({
    input: z.object({ visitId, kind }).strict(),
    output: ok,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Effacer le brouillon d’un courrier',
  }),
  'letters.drafts': method({
    input: z.object({ patientId: z.number().int().positive().meta({ title: 'Patient' }) }).strict(),
    output: z.array(
      z.object({ visitId: z.number(), visitDate: z.string(), kind: z.string(), by: z.string(), at: z.string() }),
    ),
    access: WRITERS,
    mutates: false,
    summary: 'Lister les brouillons de courrier d’un patient',
  }),
  'letters.preview': method({
    input: z.object({ visitId, kind, sections }).strict(),
    output: pageLayoutSchema,
    access: WRITERS,
    mutates: false,
    summary: 'Prévisualiser un courrier',
  }),
  'letters.generate': method({
    input: z.object({ visitId, kind, sections }).strict(),
    output: letterSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Générer un courrier',
  }),
  'letters.list': method({
    input: z.object({ patientId: z.number().int().positive().meta({ title: 'Patient' }) }).strict(),
    output: z.array(letterSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Lister les courriers d’un patient',
  }),
  'letters.file': method({
    input: z
      .object({
        id: z.number().int().positive().meta({ title: 'Courrier' }),
        format: z.enum(['docx', 'pdf']).meta({ title: 'Format' }),
      })
      .strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Ouvrir un courrier',
  }),
  'letters.uploadTemplate': method({
    input: z
      .object({ kind, fileName: text('Nom du fichier', 255, { min: 1 }), content: bytes('Fichier .docx', 10_485_760) })
      .strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Remplacer un modèle de courrier',
  }),
} as const;
