import { z } from 'zod';
import { method, ok } from './method-spec.js';
import {
  callEntrySchema,
  callReadingSchema,
  callsDayInput,
  firstAidSchema,
  identifyCallerInput,
  identifyCallerSchema,
  readCallNotesInput,
  recordCallInput,
  ringInput,
  setFirstAidInput,
} from './schemas/calls.js';
import { ROLE_GROUPS } from './schemas/common.js';

// The telephone is the secretariat's and the nurses' (theatre staff take the J-1 and J+1 calls).
const { EVERYONE, ADMIN, WRITERS } = ROLE_GROUPS;

/** Le cahier d'appels (issue 26): every call traced, sorted by the inbox's protocol. */
export const callMethods = {
  'calls.identify': method({
    input: identifyCallerInput,
    output: identifyCallerSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Retrouver le patient d’un appel (numéro, puis date de naissance)',
  }),
  'calls.read': method({
    input: readCallNotesInput,
    output: callReadingSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Trier le motif d’un appel pendant la saisie',
  }),
  'calls.record': method({
    input: recordCallInput,
    output: z.object({ id: z.number(), requestId: z.number() }),
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Consigner un appel',
  }),
  'calls.day': method({
    input: callsDayInput,
    output: z.array(callEntrySchema),
    access: EVERYONE,
    mutates: false,
    summary: 'Le cahier d’appels d’un jour',
  }),
  'calls.firstAid': method({
    input: z.object({}).strict(),
    output: firstAidSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Les consignes à donner au téléphone, par catégorie',
  }),
  'calls.setFirstAid': method({
    input: setFirstAidInput,
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: 'Modifier les consignes à donner au téléphone',
  }),
  'calls.ring': method({
    input: ringInput,
    output: z.object({ seat: z.string() }),
    // The phone system signs in as a person of the practice (a bearer token, `paume appel`).
    access: WRITERS,
    mutates: false,
    summary: 'Signaler un appel entrant : « Nouvel appel » s’ouvre avec le numéro sur le poste nommé',
  }),
  'calls.thisSeat': method({
    input: z.object({}).strict(),
    output: z.object({ seat: z.string() }),
    access: EVERYONE,
    mutates: false,
    summary: 'Le nom de ce poste, tel que le serveur le connaît',
  }),
} as const;
