import { z } from 'zod';
import { luhnValid, text } from './common.js';

/** RPPS: 11 digits, the last a Luhn key (Répertoire partagé des professionnels de santé). */
export const rppsSchema = z
  .string()
  .trim()
  .regex(/^\d{11}$/, { message: 'le numéro RPPS compte 11 chiffres' })
  .refine(luhnValid, { message: 'numéro RPPS invalide (clé de contrôle incorrecte)' })
  .meta({ title: 'Numéro RPPS' });

/** FINESS: 9 characters (2A/2B for Corsica), empty while the practice has not entered it. */
export const finessSchema = z
  .string()
  .trim()
  .regex(/^(|\d{9}|2[AB]\d{7})$/, {
    message: 'le numéro FINESS compte 9 caractères (chiffres, ou 2A/2B puis 7 chiffres)',
  })
  .meta({ title: 'Numéro FINESS' });

const phoneSchema = z
  .string()
  .trim()
  .max(30)
  .regex(/^[0-9+ .()-]*$/, { message: 'un numéro de téléphone ne contient que des chiffres, espaces et + . ( ) -' })
  .meta({ title: 'Téléphone' });

const emailSchema = z
  .union([z.literal(''), z.email({ message: 'adresse e-mail invalide' }).max(200)])
  .meta({ title: 'E-mail' });

/**
 * Where the practice is, for its public holidays (issue 24 point 2): metropolitan France, the
 * three departments of Alsace-Moselle (Good Friday, 26 December) or an overseas department.
 */
export const HOLIDAY_REGIONS = ['metropole', '57', '67', '68', 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'BL'] as const;
export type HolidayRegion = (typeof HOLIDAY_REGIONS)[number];
export const HOLIDAY_REGION_LABELS: Readonly<Record<HolidayRegion, string>> = {
  metropole: 'France métropolitaine',
  '57': 'Moselle (57)',
  '67': 'Bas-Rhin (67)',
  '68': 'Haut-Rhin (68)',
  GP: 'Guadeloupe',
  MQ: 'Martinique',
  GF: 'Guyane',
  RE: 'La Réunion',
  YT: 'Mayotte',
  MF: 'Saint-Martin',
  BL: 'Saint-Barthélemy',
};

/** The agenda's grid (issue 24 point 10): every appointment starts on it, 5 minutes by default. */
export const AGENDA_GRIDS = [5, 10, 15, 20, 30] as const;

export const practiceSchema = z.object({
  name: text('Nom du cabinet', 200, { min: 1 }),
  addressLine: text('Adresse', 300),
  postalCode: z
    .string()
    .trim()
    .regex(/^(|\d{5})$/, { message: 'le code postal compte 5 chiffres' })
    .meta({ title: 'Code postal' }),
  city: text('Ville', 100),
  phone: phoneSchema,
  email: emailSchema,
  finess: finessSchema,
  lockAfterMinutes: z.number().int().min(1).max(240).meta({ title: 'Verrouillage après inactivité (minutes)' }),
  holidayRegion: z
    .enum(HOLIDAY_REGIONS, { message: 'région inconnue : choisissez-la dans la liste' })
    .meta({ title: 'Jours fériés de' }),
  agendaGridMinutes: z
    .number()
    .int()
    .refine((minutes) => (AGENDA_GRIDS as readonly number[]).includes(minutes), {
      message: 'la grille est de 5, 10, 15, 20 ou 30 minutes',
    })
    .meta({ title: 'Grille de l’agenda (minutes)' }),
});
export type Practice = z.infer<typeof practiceSchema>;

/** The version an edit is based on (issue 14): a save on an older one is refused with both versions. */
const versionField = { version: z.number().int().positive().meta({ title: 'Version' }) };
export const practiceUpdateSchema = practiceSchema.extend(versionField).strict();
/** The practice as read: its fields and its version. */
export const practiceReadSchema = practiceSchema.extend({ version: z.number().int() });
export type PracticeRead = z.infer<typeof practiceReadSchema>;

export const PRACTITIONER_KINDS = ['surgeon', 'anaesthetist'] as const;
export const PRACTITIONER_KIND_LABELS = { surgeon: 'Chirurgien', anaesthetist: 'Anesthésiste' } as const;
export const PRACTITIONER_TITLES = ['Dr', 'Pr', 'M.', 'Mme'] as const;

const practitionerFields = {
  kind: z.enum(PRACTITIONER_KINDS).meta({ title: 'Fonction' }),
  title: z.enum(PRACTITIONER_TITLES).meta({ title: 'Titre' }),
  firstName: text('Prénom', 100, { min: 1 }),
  lastName: text('Nom', 100, { min: 1 }),
  rpps: rppsSchema,
  specialty: text('Spécialité', 200),
  signature: text('Ligne de signature', 500),
};

export const practitionerInputSchema = z.object(practitionerFields).strict();
export type PractitionerInput = z.infer<typeof practitionerInputSchema>;

export const practitionerSchema = z.object({
  id: z.number().int(),
  ...practitionerFields,
  active: z.boolean(),
  version: z.number().int(),
});
export type Practitioner = z.infer<typeof practitionerSchema>;

export const practitionerUpdateSchema = z
  .object({
    id: z.number().int().positive().meta({ title: 'Praticien' }),
    ...practitionerFields,
    active: z.boolean().meta({ title: 'Actif' }),
    ...versionField,
  })
  .strict();
