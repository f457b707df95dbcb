import { z } from 'zod';
import { method, ok } from './method-spec.js';

/** Which form a draft belongs to: `consultation:12`, `reponse:40`, `nouveau-patient`. */
const draftKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9:_.-]{0,119}$/, 'nom de formulaire invalide')
  .meta({ title: 'Formulaire' });

/** A form's fields as typed; bounded so that a draft cannot fill the database. */
export const DRAFT_MAX_CHARS = 64_000;
const draftValue = z
  .record(z.string().max(80), z.unknown())
  .refine((value) => JSON.stringify(value).length <= DRAFT_MAX_CHARS, {
    message: `brouillon trop long (plus de ${DRAFT_MAX_CHARS} caractères)`,
  })
  .meta({ title: 'Brouillon' });

/**
 * Forms typed and not saved yet, kept on the server for the person typing them (issue 22 item 9),
 * like letters' drafts: a logout keeps them, another seat or the next day finds them. Each person
 * reads only their own; saved as typed, so not journaled keystroke by keystroke (the record that
 * is finally saved is).
 */
export const draftMethods = {
  'drafts.get': method({
    input: z.object({ key: draftKey }).strict(),
    output: z.object({ value: z.record(z.string(), z.unknown()).nullable(), savedAt: z.string().nullable() }),
    access: 'session',
    mutates: false,
    summary: 'Relire un brouillon de formulaire',
  }),
  'drafts.save': method({
    input: z.object({ key: draftKey, value: draftValue }).strict(),
    output: z.object({ savedAt: z.string() }),
    access: 'session',
    mutates: false,
    summary: 'Garder un brouillon de formulaire',
  }),
  'drafts.discard': method({
    input: z.object({ key: draftKey }).strict(),
    output: ok,
    access: 'session',
    mutates: false,
    summary: 'Effacer un brouillon de formulaire',
  }),
} as const;
