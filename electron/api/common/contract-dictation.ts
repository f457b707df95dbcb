import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { bytes, ROLE_GROUPS, text } from './schemas/common.js';

const { EVERYONE, SURGEONS, ADMIN } = ROLE_GROUPS;

const dictationId = z.uuid().meta({ title: 'Dictée' });
/** 16 kHz mono 16-bit PCM; a chunk is a second or two of speech, 10 s at most (320,000 bytes). */
const pcm = bytes('Audio', 320_000);

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

/** Local dictation (whisper.cpp): sessions, files, the practice's vocabulary and its speech models. */
export const dictationMethods = {
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
  'dictation.downloadModel': method({
    input: z.object({ modelId: z.string().max(50).meta({ title: 'Modèle' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Télécharger un modèle de dictée',
  }),
  'dictation.useModel': method({
    input: z.object({ modelId: z.string().max(50).meta({ title: 'Modèle' }) }).strict(),
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Choisir le modèle de dictée',
  }),
  'dictation.importModel': method({
    input: z.object({ path: text('Chemin du fichier modèle', 1000, { min: 1 }) }).strict(),
    output: z.object({ model: z.string() }),
    access: ADMIN,
    mutates: true,
    summary: 'Importer un modèle de dictée (chemin sur le poste hôte)',
  }),
  // The file itself is sent first to POST /api/upload/model (binary, streamed to disk); this call
  // then checks and installs it, through the dispatcher like every other change.
  'dictation.importUploadedModel': method({
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
