import { z } from 'zod';
import { bytes, text } from './common.js';
import { dateSchema } from './identity.js';
import { doctorSchema, IDENTITY_STATUSES, patientFieldsSchema } from './patients.js';

export const ALERT_KINDS = [
  'allergy',
  'anticoagulant',
  'antiplatelet',
  'diabetes',
  'smoking',
  'tetanus',
  'other',
] as const;
export const ALERT_LABELS = {
  allergy: 'Allergie',
  anticoagulant: 'Anticoagulant',
  antiplatelet: 'Antiagrégant plaquettaire',
  diabetes: 'Diabète',
  smoking: 'Tabac',
  tetanus: 'Tétanos (vaccination)',
  other: 'Autre',
} as const;

export const alertInputSchema = z
  .object({
    patientId: z.number().int().positive().meta({ title: 'Patient' }),
    kind: z.enum(ALERT_KINDS).meta({ title: 'Type d’alerte' }),
    detail: text('Précision', 500),
  })
  .strict();
export const alertSchema = z.object({
  id: z.number().int(),
  kind: z.enum(ALERT_KINDS),
  detail: z.string(),
  active: z.boolean(),
  by: z.string(),
  at: z.string(),
  /** Why, by whom and when it was lifted; it stays in the file's history (issue 10). */
  lifted: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export const alertLiftSchema = z
  .object({
    id: z.number().int().positive().meta({ title: 'Alerte' }),
    reason: text('Motif de la levée', 500, { min: 3 }),
  })
  .strict();
/** A lifted alert may be put back for this long; after that, add it again. */
export const ALERT_UNDO_MINUTES = 15;
export type Alert = z.infer<typeof alertSchema>;

export const VISIT_KINDS = ['emergency', 'scheduled', 'postop', 'dressing'] as const;
export const VISIT_KIND_LABELS = {
  emergency: 'Urgence',
  scheduled: 'Programmée',
  postop: 'Contrôle post-opératoire',
  dressing: 'Pansement',
} as const;
export const DIGITS = ['D1', 'D2', 'D3', 'D4', 'D5'] as const;
export const DIGIT_LABELS = { D1: 'Pouce', D2: 'Index', D3: 'Majeur', D4: 'Annulaire', D5: 'Auriculaire' } as const;

const visitFields = {
  date: dateSchema('Date de la consultation'),
  practitionerId: z.number().int().positive().nullable().meta({ title: 'Praticien' }),
  kind: z.enum(VISIT_KINDS).meta({ title: 'Type de consultation' }),
  notes: text('Notes', 20_000, { multiline: true }),
  diagnosis: text('Diagnostic', 1000, { multiline: true }),
  side: z.enum(['left', 'right', 'both']).nullable().meta({ title: 'Côté' }),
  digits: z.array(z.enum(DIGITS)).max(5).meta({ title: 'Doigts concernés' }),
};
export const visitInputSchema = z
  .object({ patientId: z.number().int().positive().meta({ title: 'Patient' }), ...visitFields })
  .strict();
export const visitUpdateSchema = z
  .object({
    id: z.number().int().positive().meta({ title: 'Consultation' }),
    ...visitFields,
    /** The version the edit is based on (issue 14). */
    version: z.number().int().positive().meta({ title: 'Version' }),
  })
  .strict();
export const visitSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  practitionerId: z.number().int().nullable(),
  practitionerName: z.string().nullable(),
  kind: z.enum(VISIT_KINDS),
  notes: z.string(),
  diagnosis: z.string(),
  side: z.enum(['left', 'right', 'both']).nullable(),
  digits: z.array(z.enum(DIGITS)),
  version: z.number().int(),
});
export type Visit = z.infer<typeof visitSchema>;

/** The items theatre staff read before surgery, each its own shape. */
export const preferenceValueSchema = z.discriminatedUnion('item', [
  z
    .object({
      item: z.literal('music'),
      // « headphones »: the patient brings their own (issue 26, asked at the J-1 call).
      choice: z.enum(['music', 'headphones', 'silence', 'undecided']).meta({ title: 'Musique' }),
      style: text('Style', 200),
      artist: text('Artiste', 200),
      playlist: text('Playlist (nom ou lien)', 500),
    })
    .strict(),
  z
    .object({
      item: z.literal('distraction'),
      video: z.boolean().meta({ title: 'Regarder une vidéo' }),
      talk: z.boolean().meta({ title: 'Parler' }),
    })
    .strict(),
  z
    .object({
      item: z.literal('anaesthesia'),
      choice: z.enum(['walant', 'regional', 'general']).meta({ title: 'Anesthésie choisie' }),
      regionalBlock: text('Bloc (lequel)', 200),
      discussedOn: dateSchema('Date de la discussion'),
    })
    .strict(),
  z
    .object({
      item: z.literal('fears'),
      needles: z.boolean().meta({ title: 'Peur des aiguilles' }),
      blood: z.boolean().meta({ title: 'Peur du sang' }),
      noise: z.boolean().meta({ title: 'Peur du bruit' }),
      other: text('Autre peur', 500),
    })
    .strict(),
  z
    .object({ item: z.literal('talkingPoints'), text: text('Sujets de conversation', 2000, { multiline: true }) })
    .strict(),
  z
    .object({ item: z.literal('humour'), welcome: z.enum(['yes', 'no', 'unknown']).meta({ title: 'Humour bienvenu' }) })
    .strict(),
  z.object({ item: z.literal('language'), language: text('Langue', 100) }).strict(),
  z
    .object({
      item: z.literal('companion'),
      name: text('Accompagnant', 200),
      phone: text('Téléphone de l’accompagnant', 30),
    })
    .strict(),
  z
    .object({
      item: z.literal('callAfter'),
      name: text('Personne à appeler après', 200),
      phone: text('Téléphone à appeler', 30),
    })
    .strict(),
]);
export type PreferenceValue = z.infer<typeof preferenceValueSchema>;
export type PreferenceItem = PreferenceValue['item'];

export const preferenceInputSchema = z
  .object({
    patientId: z.number().int().positive().meta({ title: 'Patient' }),
    value: preferenceValueSchema.meta({ title: 'Préférence' }),
    /** The version the edit is based on (issue 14); 0 when the preference was not yet entered. */
    version: z.number().int().min(0).meta({ title: 'Version' }),
  })
  .strict();
export const preferenceSchema = z.object({
  value: preferenceValueSchema,
  by: z.string(),
  at: z.string(),
  version: z.number().int(),
});
export type Preference = z.infer<typeof preferenceSchema>;

export const documentSchema = z.object({
  id: z.number().int(),
  visitId: z.number().int().nullable(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  by: z.string(),
  at: z.string(),
});
export type PatientDocument = z.infer<typeof documentSchema>;

export const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;
export const documentUploadSchema = z
  .object({
    patientId: z.number().int().positive().meta({ title: 'Patient' }),
    visitId: z.number().int().positive().nullable().meta({ title: 'Consultation' }),
    fileName: text('Nom du fichier', 255, { min: 1 }),
    content: bytes('Contenu du fichier', MAX_DOCUMENT_BYTES),
  })
  .strict();

export const documentContentSchema = z.object({ mime: z.string(), fileName: z.string(), contentBase64: z.string() });

export const identityChangeSchema = z.object({
  from: z.enum(IDENTITY_STATUSES),
  to: z.enum(IDENTITY_STATUSES),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});

export const patientFileSchema = z.object({
  id: z.number().int(),
  fields: patientFieldsSchema,
  identityStatus: z.enum(IDENTITY_STATUSES),
  identityHistory: z.array(identityChangeSchema),
  gp: doctorSchema.nullable(),
  referrer: doctorSchema.nullable(),
  alerts: z.array(alertSchema),
  preferences: z.array(preferenceSchema),
  visits: z.array(visitSchema),
  visitCount: z.number().int(),
  documents: z.array(documentSchema),
  retentionUntil: z.string(),
  mergedInto: z.number().int().nullable(),
  /** The version to send back with an edit, and who made the last change (issue 14). */
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type PatientFile = z.infer<typeof patientFileSchema>;

export const accessLogQuerySchema = z
  .object({
    patientId: z.number().int().positive().optional().meta({ title: 'Patient' }),
    userId: z.number().int().positive().optional().meta({ title: 'Utilisateur' }),
    from: dateSchema('Du').optional(),
    to: dateSchema('Au').optional(),
    limit: z.number().int().min(1).max(10_000).default(500).meta({ title: 'Nombre de lignes' }),
  })
  .strict();

export const accessEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  seat: z.string(),
  action: z.string(),
  outcome: z.string(),
  patientId: z.number().int().nullable(),
  patientName: z.string().nullable(),
  detail: z.string(),
  previousValue: z.string().nullable(),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;
