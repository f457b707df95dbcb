import { z } from 'zod';
import { createEventBus, type EventBusOf } from '../lib/event-bus.js';
import { method, ok, type Access, type MethodSpec } from './method-spec.js';
import { agendaMethods } from './contract-agenda.js';
import { backupMethods } from './contract-backups.js';
import { inboxMethods } from './contract-inbox.js';
import { keyMethods } from './contract-keys.js';
import { seatMethods } from './contract-seats.js';
import { letterMethods } from './contract-letters.js';
import { patientMethods } from './contract-patients.js';
import { theatreMethods } from './contract-theatre.js';
import { emptyInput, ROLE_GROUPS } from './schemas/common.js';
import { presenceSchema, syncStatusSchema } from './schemas/inbox.js';
import {
  practiceReadSchema,
  practiceUpdateSchema,
  practitionerInputSchema,
  practitionerSchema,
  practitionerUpdateSchema,
} from './schemas/practice.js';
import {
  auditEntrySchema,
  chainReportSchema,
  auditQuerySchema,
  loginInputSchema,
  loginResultSchema,
  ownPasswordChangeSchema,
  passwordResetSchema,
  sessionInfoSchema,
  setupInputSchema,
  setupStatusSchema,
  unlockInputSchema,
  userCreateSchema,
  userSchema,
  userUpdateSchema,
} from './schemas/users.js';

const { ADMIN } = ROLE_GROUPS;

/** The one table of every method Paume answers (HOUSE.md rule 1). */
export const contract = {
  'setup.status': method({
    input: emptyInput,
    output: setupStatusSchema,
    access: 'public',
    mutates: false,
    summary: 'Savoir si le cabinet reste à créer',
  }),
  'setup.initialize': method({
    input: setupInputSchema,
    output: loginResultSchema,
    access: 'public',
    mutates: true,
    summary: 'Créer le cabinet et le premier compte administrateur',
  }),

  'auth.login': method({
    input: loginInputSchema,
    output: loginResultSchema,
    access: 'public',
    mutates: false,
    summary: 'Se connecter',
  }),
  'auth.logout': method({
    input: emptyInput,
    output: ok,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Se déconnecter',
  }),
  'auth.me': method({
    input: emptyInput,
    output: sessionInfoSchema,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Voir sa session',
  }),
  'auth.lock': method({
    input: emptyInput,
    output: ok,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Verrouiller le poste',
  }),
  'auth.unlock': method({
    input: unlockInputSchema,
    output: sessionInfoSchema,
    access: 'session',
    mutates: false,
    allowWhenLocked: true,
    summary: 'Déverrouiller le poste',
  }),
  'auth.changeOwnPassword': method({
    input: ownPasswordChangeSchema,
    output: ok,
    access: 'session',
    mutates: true,
    summary: 'Changer son mot de passe',
  }),

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

  'practitioners.list': method({
    input: emptyInput,
    output: z.array(practitionerSchema),
    access: 'session',
    mutates: false,
    summary: 'Lister les praticiens',
  }),
  'practitioners.create': method({
    input: practitionerInputSchema,
    output: practitionerSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Ajouter un praticien',
  }),
  'practitioners.update': method({
    input: practitionerUpdateSchema,
    output: practitionerSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Modifier un praticien',
  }),

  'users.list': method({
    input: emptyInput,
    output: z.array(userSchema),
    access: ADMIN,
    mutates: false,
    summary: 'Lister les comptes',
  }),
  'users.create': method({
    input: userCreateSchema,
    output: userSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Créer un compte',
  }),
  'users.update': method({
    input: userUpdateSchema,
    output: userSchema,
    access: ADMIN,
    mutates: true,
    summary: 'Modifier un compte',
  }),
  'users.resetPassword': method({
    input: passwordResetSchema,
    output: ok,
    access: ADMIN,
    mutates: true,
    summary: "Définir le mot de passe d'un compte",
  }),

  'audit.list': method({
    input: auditQuerySchema,
    output: z.array(auditEntrySchema),
    access: ADMIN,
    mutates: false,
    summary: "Consulter le journal d'activité",
  }),
  'audit.verify': method({
    input: z.object({}).strict(),
    output: chainReportSchema,
    access: ADMIN,
    mutates: false,
    summary: 'Vérifier la chaîne du journal (chaque entrée scellée par la précédente) et nommer la première rompue',
  }),

  ...patientMethods,
  ...letterMethods,
  ...theatreMethods,
  ...inboxMethods,
  ...agendaMethods,
  ...backupMethods,
  ...keyMethods,
  ...seatMethods,
} as const;

export type { Access, MethodSpec };
export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation. */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** Events pushed to the windows (Electron `on`, HTTP server-sent events). */
export const eventSchemas = {
  'practice.changed': practiceReadSchema,
  'practitioners.changed': z.object({ id: z.number().int() }),
  'users.changed': z.object({ id: z.number().int() }),
  /** A patient's file was changed (identity, INS status, merge): a seat showing it reads it again. */
  'patients.changed': z.object({ id: z.number().int() }),
  'letters.pdf': z.object({ letterId: z.number().int(), state: z.enum(['started', 'done', 'failed', 'unavailable']) }),
  /** Sent only to the person dictating: it carries what they said. */
  'dictation.progress': z.object({
    dictationId: z.string(),
    receivedSeconds: z.number(),
    speechSeconds: z.number(),
    text: z.string(),
  }),
  /** A theatre list changed (a case added, moved, its status or its checklist): seats showing that day reload it. */
  'theatre.changed': z.object({ date: z.string() }),
  /** An agenda day changed (a booking, a cancellation, a patient's step in the waiting room). */
  'agenda.changed': z.object({ date: z.string() }),
  /** Where a running backup is (copy, encryption, check, documents). */
  'backups.progress': z.object({ step: z.string(), done: z.number(), total: z.number() }),
  /** Messages arrived or changed: seats showing the queue reload it. */
  'inbox.changed': z.object({ ids: z.array(z.number().int()) }),
  'inbox.sync': syncStatusSchema,
  /** Who reads or answers a message now, so that nobody answers twice. */
  'inbox.presence': presenceSchema,
  'models.progress': z.object({
    modelId: z.string(),
    received: z.number(),
    total: z.number().nullable(),
    state: z.enum(['running', 'done', 'failed']),
    message: z.string(),
  }),
} as const;
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.output<(typeof eventSchemas)[E]>;

export type EventPayloads = { [E in EventName]: EventPayload<E> };
/** The event bus as the services see it: only the contract's events, with their payloads. */
export type EventBus = EventBusOf<EventPayloads>;
export const createPaumeEventBus = (): EventBus => createEventBus<EventPayloads>();
