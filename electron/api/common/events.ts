import { z } from 'zod';
import { createEventBus, type EventBusOf } from '../../lib/event-bus.js';
import { presenceSchema, syncStatusSchema } from './schemas/inbox.js';
import { practiceReadSchema } from './schemas/practice.js';

/**
 * Events pushed to the windows (Electron `on`, HTTP server-sent events). Each one names, in
 * event-gates.ts, the methods that read its data: only the roles that may call them receive it.
 */
export const eventSchemas = {
  'practice.changed': practiceReadSchema,
  'practice.practitionersChanged': z.object({ id: z.number().int() }),
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
  /** A call rings (the phone system, `paume appel`): « Nouvel appel » opens with its number on that seat. */
  'calls.ringing': z.object({ number: z.string(), seat: z.string() }),
  /** Who reads or answers a message now, so that nobody answers twice. */
  'inbox.presence': presenceSchema,
  'dictation.modelProgress': z.object({
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
