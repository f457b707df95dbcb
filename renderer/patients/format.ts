import type { PatientSummary } from '../../electron/api/common/schemas/patients';

/** 1961-03-12 → 12/03/1961 */
export const frDate = (iso: string | null | undefined): string =>
  iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';

export const frDateTime = (iso: string): string =>
  new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** « né » or « née » when the sex is known (issue 10), « né(e) » otherwise. */
export const bornWord = (sex: string | null | undefined): string =>
  sex === 'F' ? 'née' : sex === 'M' ? 'né' : 'né(e)';

/** Parts of a line joined by « · », leaving out the empty ones: no stray separators. */
export const joinParts = (...parts: (string | null | undefined | false)[]): string =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' · ');

/** The name people say: used name and first name when given, birth name otherwise. */
export function displayName(
  patient: Pick<PatientSummary, 'birthName' | 'usedName' | 'firstNames' | 'usedFirstName'>,
): string {
  const last = (patient.usedName || patient.birthName).toUpperCase();
  const first = patient.usedFirstName || patient.firstNames.split(' ')[0] || '';
  const born =
    patient.usedName && patient.usedName !== patient.birthName ? ` (née ${patient.birthName.toUpperCase()})` : '';
  return `${last} ${first}${born}`;
}
