import { z } from 'zod';
import { method, ok } from './method-spec.js';
import { ROLE_GROUPS } from './schemas/common.js';
import { dateSchema } from './schemas/identity.js';
import {
  caseStatusInputSchema,
  checklistAnswerInputSchema,
  checklistSchema,
  theatreCaseInputSchema,
  theatreSessionInputSchema,
  theatreSessionSchema,
} from './schemas/theatre.js';

const { EVERYONE, WRITERS } = ROLE_GROUPS;

/** The theatre list (issue 13). Theatre staff read it; planning is for the others. */
export const theatreMethods = {
  'theatre.day': method({
    input: z.object({ date: dateSchema('Jour') }).strict(),
    output: z.array(theatreSessionSchema),
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Voir le programme opératoire d’un jour, avec la fiche de chaque patient',
  }),
  'theatre.createSession': method({
    input: theatreSessionInputSchema,
    output: z.object({ id: z.number() }),
    access: WRITERS,
    mutates: true,
    summary: 'Ouvrir une vacation de bloc',
  }),
  'theatre.addCase': method({
    input: theatreCaseInputSchema,
    output: z.object({ id: z.number() }),
    access: WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ajouter une intervention au programme',
  }),
  'theatre.moveCase': method({
    input: z
      .object({
        caseId: z.number().int().positive().meta({ title: 'Intervention' }),
        position: z.number().int().min(1).max(100).meta({ title: 'Rang' }),
      })
      .strict(),
    output: ok,
    access: WRITERS,
    mutates: true,
    summary: 'Changer l’ordre du programme',
  }),
  'theatre.setStatus': method({
    input: caseStatusInputSchema,
    output: ok,
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Indiquer où en est le patient (appelé, en salle, incision…)',
  }),
  'theatre.checklist': method({
    input: z.object({ caseId: z.number().int().positive().meta({ title: 'Intervention' }) }).strict(),
    output: checklistSchema,
    access: EVERYONE,
    mutates: false,
    summary: 'Voir la check-list « Sécurité du patient au bloc opératoire » d’une intervention',
  }),
  'theatre.answerChecklist': method({
    input: checklistAnswerInputSchema,
    output: checklistSchema,
    access: EVERYONE,
    mutates: true,
    audit: 'service',
    summary: 'Répondre à un point de la check-list',
  }),
  'theatre.dayPdf': method({
    input: z.object({ date: dateSchema('Jour') }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
    access: EVERYONE,
    mutates: false,
    audit: 'service',
    summary: 'Imprimer le programme opératoire d’un jour (PDF)',
  }),
  'theatre.music': method({
    input: z.object({ caseId: z.number().int().positive().meta({ title: 'Intervention' }) }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }).nullable(),
    access: EVERYONE,
    mutates: false,
    summary: 'Trouver la musique choisie par le patient dans le dossier musique du cabinet',
  }),
  'theatre.operativeReport': method({
    input: z.object({ caseId: z.number().int().positive().meta({ title: 'Intervention' }) }).strict(),
    output: z.object({ patientId: z.number(), visitId: z.number(), kind: z.string() }),
    access: ROLE_GROUPS.WRITERS,
    mutates: true,
    audit: 'service',
    summary: 'Ouvrir le compte rendu opératoire pré-rempli depuis l’intervention',
  }),
} as const;
