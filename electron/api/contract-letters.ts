import { z } from 'zod';
import { pageLayoutSchema } from './schemas/letter-preview.js';
import { method, ok } from './method-spec.js';
import { bytes, ROLE_GROUPS, text } from './schemas/common.js';

const { EVERYONE, WRITERS, SURGEONS, ADMIN } = ROLE_GROUPS;

const kind = z
  .string()
  .max(50)
  .regex(/^[a-z-]+$/, { message: 'nom de modèle invalide' })
  .meta({ title: 'Modèle de courrier' });
const visitId = z.number().int().positive().meta({ title: 'Consultation' });
const sections = z.record(z.string().max(50), z.string().max(50_000)).meta({ title: 'Sections' });
const dictationId = z.uuid().meta({ title: 'Dictée' });
/** 16 kHz mono 16-bit PCM; a chunk is a second or two of speech, 10 s at most (320,000 bytes). */
const pcm = bytes('Audio', 320_000);

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
const dictationResult = z.object({ receivedSeconds: z.number(), speechSeconds: z.number(), text: z.string() });
/** A kept recording becomes a document of the patient file, on the letter's visit. */
const keptRecording = z.object({ documentId: z.number(), fileName: z.string() }).nullable();
const dictationStart = z
  .object({
    keepRecording: z.boolean().default(false).meta({ title: 'Conserver l’enregistrement' }),
    visitId: z.number().int().positive().optional().meta({ title: 'Consultation' }),
  })
  .strict()
  .refine((input) => !input.keepRecording || input.visitId !== undefined, {
    path: ['visitId'],
    message: 'Pour conserver l’enregistrement, la dictée doit être liée à une consultation.',
  });
const vocabularyEntry = z.object({ id: z.number().int(), spoken: z.string(), written: z.string() });

/** Letters and dictation (issue 4). */
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

  'dictation.status': method({
    input: z.object({}).strict(),
    output: z.object({
      model: z.string().nullable(),
      engine: z.string(),
      catalog: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          approximateMiB: z.number(),
          installed: z.boolean(),
          downloading: z.boolean(),
          recommended: z.boolean(),
          inUse: z.boolean(),
        }),
      ),
    }),
    access: EVERYONE,
    mutates: false,
    summary: 'État de la dictée',
  }),
  'dictation.start': method({
    input: dictationStart,
    output: z.object({ dictationId: z.string() }),
    access: SURGEONS,
    mutates: false,
    summary: 'Commencer une dictée',
  }),
  'dictation.chunk': method({
    input: z.object({ dictationId, pcm }).strict(),
    output: z.object({ receivedSeconds: z.number(), speechSeconds: z.number() }),
    access: SURGEONS,
    mutates: false,
    summary: 'Envoyer un morceau de dictée (le texte arrive par l’événement dictation.progress)',
  }),
  'dictation.stop': method({
    input: z.object({ dictationId }).strict(),
    output: dictationResult.extend({ recording: keptRecording }),
    access: SURGEONS,
    mutates: false,
    summary: 'Terminer une dictée',
  }),
  'dictation.transcribeFile': method({
    input: z.object({ content: bytes('Fichier WAV', 15_728_640) }).strict(),
    output: dictationResult,
    access: SURGEONS,
    mutates: false,
    summary: 'Transcrire un fichier WAV',
  }),
  'dictation.vocabulary': method({
    input: z.object({}).strict(),
    output: z.array(vocabularyEntry),
    access: SURGEONS,
    mutates: false,
    summary: 'Voir son vocabulaire de dictée',
  }),
  'dictation.addWord': method({
    input: z
      .object({ spoken: text('Mot ou expression dictée', 200, { min: 1 }), written: text('Remplacement écrit', 200) })
      .strict(),
    output: ok,
    access: SURGEONS,
    mutates: true,
    summary: 'Ajouter un mot à son vocabulaire',
  }),
  'dictation.removeWord': method({
    input: z.object({ id: z.number().int().positive().meta({ title: 'Mot' }) }).strict(),
    output: ok,
    access: SURGEONS,
    mutates: true,
    summary: 'Retirer un mot de son vocabulaire',
  }),
  'models.download': method({
    input: z.object({ modelId: z.string().max(50).meta({ title: 'Modèle' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Télécharger un modèle de dictée',
  }),
  'models.use': method({
    input: z.object({ modelId: z.string().max(50).meta({ title: 'Modèle' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Choisir le modèle de dictée',
  }),
  'models.import': method({
    input: z.object({ path: text('Chemin du fichier modèle', 1000, { min: 1 }) }).strict(),
    output: z.object({ model: z.string() }),
    access: ADMIN,
    mutates: true,
    summary: 'Importer un modèle de dictée (chemin sur le poste hôte)',
  }),
  // The file itself is sent first to POST /api/upload/model (binary, streamed to disk); this call
  // then checks and installs it, through the dispatcher like every other change.
  'models.importUploaded': method({
    input: z
      .object({
        uploadId: z.uuid().meta({ title: 'Envoi' }),
        fileName: text('Nom du fichier modèle', 255, { min: 1 }),
      })
      .strict(),
    output: z.object({ model: z.string() }),
    access: ADMIN,
    mutates: true,
    summary: 'Installer un modèle de dictée envoyé depuis ce poste',
  }),
} as const;
