import { z } from 'zod';
import type { Role } from './schemas/common.js';

/**
 * Who may call a method: anybody (before login), any logged-in person, or the listed roles.
 * The dispatcher enforces it on every transport; the UI only mirrors it.
 */
export type Access = 'public' | 'session' | readonly Role[];

/**
 * Whether a logged-in person holding these roles may call a method of this access: the one rule
 * the dispatcher applies to calls, and the event streams to events (issue 27).
 */
export function accessAdmits(access: Access, held: readonly Role[]): boolean {
  return access === 'public' || access === 'session' || held.some((role) => access.includes(role));
}

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** French, shown in refusals and in the OpenAPI document. */
  readonly summary: string;
  /** Changes data: recorded in the audit log. */
  readonly mutates: boolean;
  /** Still callable while the session is locked (to see who is locked, to unlock, to leave). */
  readonly allowWhenLocked?: boolean;
  /**
   * 'service': the service itself records the access in the audit log, with the patient it
   * concerns and the previous value of what it changed (issue 3); the dispatcher does not.
   */
  readonly audit?: 'dispatcher' | 'service';
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export const ok = z.object({ done: z.literal(true) });

/** An input that names one row by its id; the title is what a refusal calls the field. */
export const byId = (title: string) => z.object({ id: z.number().int().positive().meta({ title }) }).strict();
