import type { z } from 'zod';
import type { Access, MethodSpec } from './method-spec.js';
import { agendaMethods } from './contract-agenda.js';
import { agendaSeriesMethods } from './contract-agenda-series.js';
import { alertMethods } from './contract-alerts.js';
import { auditMethods } from './contract-audit.js';
import { authMethods } from './contract-auth.js';
import { backupMethods } from './contract-backups.js';
import { callMethods } from './contract-calls.js';
import { dayAfterCallMethods } from './contract-day-after-calls.js';
import { dayBeforeCallMethods } from './contract-day-before-calls.js';
import { dictationMethods } from './contract-dictation.js';
import { doctorMethods } from './contract-doctors.js';
import { draftMethods } from './contract-drafts.js';
import { documentMethods } from './contract-documents.js';
import { inboxMethods } from './contract-inbox.js';
import { keyMethods } from './contract-keys.js';
import { letterMethods } from './contract-letters.js';
import { liaisonMethods } from './contract-liaison.js';
import { patientFileMethods } from './contract-patient-file.js';
import { patientMethods } from './contract-patients.js';
import { practiceMethods } from './contract-practice.js';
import { preferenceMethods } from './contract-preferences.js';
import { seatMethods } from './contract-seats.js';
import { setupMethods } from './contract-setup.js';
import { theatreMethods } from './contract-theatre.js';
import { userMethods } from './contract-users.js';
import { visitMethods } from './contract-visits.js';

/**
 * The one table of every method Paume answers (HOUSE.md rule 1), joined from one file per area:
 * a method's name says its area, and that area's handlers answer it (core checks at start-up).
 */
export const contract = {
  ...setupMethods,
  ...authMethods,
  ...practiceMethods,
  ...userMethods,
  ...auditMethods,
  ...patientMethods,
  ...patientFileMethods,
  ...alertMethods,
  ...preferenceMethods,
  ...visitMethods,
  ...documentMethods,
  ...doctorMethods,
  ...letterMethods,
  ...liaisonMethods,
  ...dictationMethods,
  ...theatreMethods,
  ...inboxMethods,
  ...callMethods,
  ...dayBeforeCallMethods,
  ...dayAfterCallMethods,
  ...agendaMethods,
  ...agendaSeriesMethods,
  ...backupMethods,
  ...keyMethods,
  ...seatMethods,
  ...draftMethods,
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

export * from './events.js';
