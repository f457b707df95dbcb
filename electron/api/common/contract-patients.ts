import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import {
  duplicateQuerySchema,
  identityStatusChangeSchema,
  mergeInputSchema,
  patientCreateSchema,
  patientSummarySchema,
  patientUpdateSchema,
  searchInputSchema,
} from './schemas/patients.js';

// WRITERS keep identities and files up to date; theatre staff read them and record preferences.
const { EVERYONE, WRITERS, ADMIN } = ROLE_GROUPS;

/** The patient file (issue 3): identities, duplicates, merges. Every read and change is traced by the services themselves. */
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
} as const;
