import { parisToday } from '../paris-day.js';
import { z } from 'zod';
import { text } from './common.js';
import { dateSchema, inseeSchema, nirMismatch, nirSchema } from './identity.js';

export const SEXES = ['F', 'M', 'I'] as const;
export const IDENTITY_STATUSES = ['provisional', 'retrieved', 'validated', 'qualified'] as const;
export const IDENTITY_STATUS_LABELS = {
  provisional: 'Provisoire',
  retrieved: 'Récupérée',
  validated: 'Validée',
  qualified: 'Qualifiée',
} as const;
export const HANDS = ['left', 'right', 'both'] as const;
export const HAND_LABELS = { left: 'Gauche', right: 'Droite', both: 'Ambidextre / les deux' } as const;
export const CHANNELS = ['phone', 'sms', 'email', 'letter'] as const;
export const CHANNEL_LABELS = { phone: 'Téléphone', sms: 'SMS', email: 'E-mail', letter: 'Courrier' } as const;

/** A phone number as people type it; the calls' number is the same field (issue 26). */
export const phone = (title: string) =>
  z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+ .()-]*$/, { message: 'chiffres, espaces et + . ( ) - seulement' })
    .meta({ title });
const optionalId = (title: string) => z.number().int().positive().nullable().meta({ title });

/** Identity, contact and the person: everything a patient file holds besides its lists. */
export const patientFieldsSchema = z
  .object({
    birthName: text('Nom de naissance', 100, { min: 1 }),
    firstNames: text('Prénom(s) de naissance', 200, { min: 1 }),
    birthDate: dateSchema('Date de naissance'),
    sex: z.enum(SEXES).meta({ title: 'Sexe' }),
    birthplaceInsee: inseeSchema,
    usedName: text('Nom utilisé', 100),
    usedFirstName: text('Prénom utilisé', 100),
    nir: nirSchema,
    phoneMobile: phone('Téléphone portable'),
    phoneOther: phone('Autre téléphone'),
    email: z.union([z.literal(''), z.email({ message: 'adresse e-mail invalide' }).max(200)]).meta({ title: 'E-mail' }),
    addressLine: text('Adresse', 300),
    postalCode: z
      .string()
      .trim()
      .regex(/^(|\d{5})$/, { message: 'le code postal compte 5 chiffres' })
      .meta({ title: 'Code postal' }),
    city: text('Ville', 100),
    preferredChannel: z.enum(CHANNELS).meta({ title: 'Moyen de contact préféré' }),
    gpId: optionalId('Médecin traitant'),
    referrerId: optionalId('Médecin adresseur'),
    occupation: text('Profession', 200),
    employer: text('Employeur', 200),
    dominantHand: z.enum(HANDS).nullable().meta({ title: 'Main dominante' }),
    workAccident: z.boolean().meta({ title: 'Accident du travail' }),
    workAccidentDate: dateSchema('Date de l’accident du travail').nullable(),
    workAccidentEmployer: text('Employeur (AT)', 200),
    workAccidentInsurer: text('Organisme (AT)', 200),
    deceasedOn: dateSchema('Date de décès').nullable(),
  })
  .strict();
export type PatientFields = z.infer<typeof patientFieldsSchema>;

/** Rules that span several fields, checked at the boundary like the rest. */
export function checkPatientConsistency(fields: PatientFields, today: string, context: z.RefinementCtx): void {
  if (fields.birthDate > today)
    context.addIssue({ code: 'custom', path: ['birthDate'], message: 'date de naissance dans le futur' });
  if (fields.birthDate < '1900-01-01')
    context.addIssue({ code: 'custom', path: ['birthDate'], message: 'date de naissance avant 1900 : vérifiez' });
  const mismatch = nirMismatch(fields.nir, fields.sex, fields.birthDate);
  if (mismatch) context.addIssue({ code: 'custom', path: ['nir'], message: mismatch });
  if (fields.deceasedOn && (fields.deceasedOn < fields.birthDate || fields.deceasedOn > today)) {
    context.addIssue({ code: 'custom', path: ['deceasedOn'], message: 'date de décès impossible' });
  }
  if (fields.workAccident && !fields.workAccidentDate)
    context.addIssue({
      code: 'custom',
      path: ['workAccidentDate'],
      message: 'date obligatoire pour un accident du travail',
    });
}

const todayIso = () => parisToday();

export const patientCreateSchema = patientFieldsSchema
  .extend({ confirmNotDuplicate: z.boolean().meta({ title: 'Confirmation : pas un doublon' }) })
  .superRefine((fields, context) => {
    checkPatientConsistency(fields, todayIso(), context);
  });

export const patientUpdateSchema = patientFieldsSchema
  .extend({
    id: z.number().int().positive().meta({ title: 'Patient' }),
    // The version the edit is based on (issue 14): a save over a newer one is refused, not lost.
    version: z.number().int().positive().meta({ title: 'Version du dossier' }),
  })
  .superRefine((fields, context) => {
    checkPatientConsistency(fields, todayIso(), context);
  });

export const patientIdInput = z.object({ id: z.number().int().positive().meta({ title: 'Patient' }) }).strict();

export const patientSummarySchema = z.object({
  id: z.number().int(),
  birthName: z.string(),
  usedName: z.string(),
  firstNames: z.string(),
  usedFirstName: z.string(),
  birthDate: z.string(),
  age: z.number().int(),
  sex: z.enum(SEXES),
  city: z.string(),
  lastVisit: z.string().nullable(),
  identityStatus: z.enum(IDENTITY_STATUSES),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const searchInputSchema = z
  .object({
    query: z.string().max(100).meta({ title: 'Recherche' }),
    limit: z.number().int().min(1).max(100).default(20).meta({ title: 'Nombre de résultats' }),
  })
  .strict();

export const duplicateQuerySchema = z
  .object({
    birthName: text('Nom de naissance', 100),
    firstNames: text('Prénom(s) de naissance', 200),
    birthDate: dateSchema('Date de naissance'),
  })
  .strict();

/** High-trust identity documents of the RNIV; a birth record only for a minor with a parent's ID. */
export const ID_DOCUMENTS = ['cni', 'passeport', 'titre-sejour', 'livret-famille'] as const;
export const ID_DOCUMENT_LABELS = {
  cni: 'Carte nationale d’identité',
  passeport: 'Passeport',
  'titre-sejour': 'Titre de séjour',
  'livret-famille': 'Livret de famille ou acte de naissance (mineur, avec la pièce d’un parent)',
} as const;
export type IdDocument = (typeof ID_DOCUMENTS)[number];

export const identityStatusChangeSchema = z
  .object({
    id: z.number().int().positive().meta({ title: 'Patient' }),
    status: z.enum(IDENTITY_STATUSES).meta({ title: 'Statut de l’identité' }),
    reason: text('Motif du changement', 500, { min: 3 }),
    idDocument: z.enum(ID_DOCUMENTS).nullable().default(null).meta({ title: 'Pièce d’identité vérifiée' }),
  })
  .strict();

export const mergeInputSchema = z
  .object({
    keepId: z.number().int().positive().meta({ title: 'Dossier conservé' }),
    mergeId: z.number().int().positive().meta({ title: 'Dossier fusionné' }),
    reason: text('Motif de la fusion', 500, { min: 3 }),
  })
  .strict()
  .refine((input) => input.keepId !== input.mergeId, {
    path: ['mergeId'],
    message: 'un dossier ne peut pas être fusionné avec lui-même',
  });

export const doctorSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  specialty: z.string(),
  city: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type Doctor = z.infer<typeof doctorSchema>;

export const doctorInputSchema = z
  .object({
    title: z.enum(['Dr', 'Pr', 'M.', 'Mme']).meta({ title: 'Titre' }),
    firstName: text('Prénom', 100),
    lastName: text('Nom', 100, { min: 1 }),
    specialty: text('Spécialité', 200),
    city: text('Ville', 100),
    phone: phone('Téléphone'),
    email: z.union([z.literal(''), z.email({ message: 'adresse e-mail invalide' }).max(200)]).meta({ title: 'E-mail' }),
  })
  .strict();
