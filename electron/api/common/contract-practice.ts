import { z } from 'zod';
import { method } from './method-spec.js';
import { emptyInput, ROLE_GROUPS } from './schemas/common.js';
import {
  practiceReadSchema,
  practiceUpdateSchema,
  practitionerInputSchema,
  practitionerSchema,
  practitionerUpdateSchema,
} from './schemas/practice.js';
const { ADMIN } = ROLE_GROUPS;

/** The practice and its practitioners, as the letters and the agenda name them. */
export const practiceMethods = {
  'practice.get': method({
    input: emptyInput,
    output: practiceReadSchema,
    access: 'session',
    mutates: false,
    summary: 'Voir les informations du cabinet',
  }),
  'practice.update': method({
    input: practiceUpdateSchema,
    output: practiceReadSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Modifier les informations du cabinet',
  }),
  'practice.listPractitioners': method({
    input: emptyInput,
    output: z.array(practitionerSchema),
    access: 'session',
    mutates: false,
    summary: 'Lister les praticiens',
  }),
  'practice.addPractitioner': method({
    input: practitionerInputSchema,
    output: practitionerSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Ajouter un praticien',
  }),
  'practice.updatePractitioner': method({
    input: practitionerUpdateSchema,
    output: practitionerSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Modifier un praticien',
  }),
} as const;
