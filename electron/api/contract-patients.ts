import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import {
  accessEntrySchema,
  accessLogQuerySchema,
  alertInputSchema,
  alertLiftSchema,
  alertSchema,
  documentContentSchema,
  documentSchema,
  documentUploadSchema,
  patientFileSchema,
  preferenceInputSchema,
  preferenceSchema,
  visitInputSchema,
  visitSchema,
  visitUpdateSchema,
} from './schemas/patient-file.js';
import {
  doctorInputSchema,
  doctorSchema,
  duplicateQuerySchema,
  identityStatusChangeSchema,
  mergeInputSchema,
  patientCreateSchema,
  patientIdInput,
  patientSummarySchema,
  patientUpdateSchema,
  searchInputSchema,
} from './schemas/patients.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { EVERYONE, WRITERS, ADMIN } = ROLE_GROUPS;
const byId = (title: string) => z.object({ id: z.number().int().positive().meta({ title }) }).strict();

/** The patient file (issue 3). Every read and change is traced by the services themselves. */
export const patientMethods = {
  'patients.search': method({
    input: searchInputSchema,
    output: z.array(patientSummarySchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Rechercher un patient',
  }),
  'patients.findDuplicates': method({
    input: duplicateQuerySchema,
    output: z.array(patientSummarySchema),
    access: WRITERS,
    mutates: false,
    summary: 'Chercher les doublons possibles',
  }),
  'patients.get': method({
    input: patientIdInput,
    output: patientFileSchema,
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Ouvrir un dossier patient',
  }),
  'patients.create': method({
    input: patientCreateSchema,
    output: z.object({ id: z.number().int() }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Créer un dossier patient',
  }),
  'patients.update': method({
    input: patientUpdateSchema,
    // The version now saved: the next edit is based on it.
    output: z.object({ version: z.number().int() }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Modifier un dossier patient',
  }),
  'patients.changeIdentityStatus': method({
    input: identityStatusChangeSchema,
    output: ok,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Changer le statut de l’identité',
  }),
  'patients.merge': method({
    input: mergeInputSchema,
    output: ok,
    access: ADMIN,
    mutates: true,
    audit: 'service',
    summary: 'Fusionner deux dossiers',
  }),
  'patients.export': method({
    input: patientIdInput,
    output: z.object({
      folder: z.string(),
      files: z.array(z.string()),
      /** The same folder as one .zip, offered to the person as a download (issue 10). */
      zip: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
    }),
    access: ['secretary', 'admin'],
    mutates: false,
    audit: 'service',
    summary: 'Exporter un dossier (droit d’accès)',
  }),
  'patients.accessLog': method({
    input: accessLogQuerySchema,
    output: z.array(accessEntrySchema),
    access: ADMIN,
    mutates: false,
    summary: 'Consulter le journal des accès aux dossiers',
  }),

  'alerts.add': method({
    input: alertInputSchema,
    output: z.array(alertSchema),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ajouter une alerte médicale',
  }),
  'alerts.deactivate': method({
    input: alertLiftSchema,
    output: z.array(alertSchema),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Lever une alerte médicale (avec un motif)',
  }),
  'alerts.reactivate': method({
    input: byId('Alerte'),
    output: z.array(alertSchema),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Rétablir une alerte levée par erreur',
  }),
  'preferences.set': method({
    input: preferenceInputSchema,
    output: z.array(preferenceSchema),
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Enregistrer une préférence du patient',
  }),
  'visits.create': method({
    input: visitInputSchema,
    output: visitSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ajouter une consultation',
  }),
  'visits.update': method({
    input: visitUpdateSchema,
    output: visitSchema,
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Modifier une consultation',
  }),
  'documents.add': method({
    input: documentUploadSchema,
    output: documentSchema,
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Joindre un document',
  }),
  'documents.content': method({
    input: byId('Document'),
    output: documentContentSchema,
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Ouvrir un document',
  }),

  'doctors.search': method({
    input: z.object({ query: z.string().max(100).meta({ title: 'Recherche' }) }).strict(),
    output: z.array(doctorSchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Chercher un médecin',
  }),
  'doctors.create': method({
    input: doctorInputSchema,
    output: doctorSchema,
    access: WRITERS,
    mutates: true,
    summary: 'Ajouter un médecin à l’annuaire',
  }),
} as const;
