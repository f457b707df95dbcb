import type { SenderKind } from '../../../api/common/schemas/inbox-protocol.js';
import { foldWord } from './tokens.js';

const LABORATORY =
  /\b(labo|laboratoire|biolog\w*|imagerie|radiolog\w*|radiologie|scanner|irm|echograph\w*|anapath\w*)\b/;
const DOCTOR = /^(dr|docteur|pr|professeur)\b/;

/**
 * Who wrote: a patient of the file (their address is known), a doctor (known in the file's
 * doctors, or signing as one), a laboratory or imaging centre (by its name), or nobody known.
 */
export function senderKind(
  from: { name: string; address: string },
  known: { patient: boolean; doctor: boolean },
): SenderKind {
  const name = foldWord(from.name).trim();
  const address = foldWord(from.address);
  if (known.doctor) return 'doctor';
  if (LABORATORY.test(name) || LABORATORY.test(address.replace(/[^a-z0-9]+/g, ' '))) return 'laboratory';
  if (DOCTOR.test(name) || /^(dr|docteur)[.-]/.test(address)) return 'doctor';
  if (known.patient) return 'patient';
  return 'unknown';
}
