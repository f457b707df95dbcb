import type { CallPatient } from '../../api/common/schemas/calls.js';
import { patientName } from '../../api/common/french.js';
import { phoneDigits } from '../../lib/name-folding.js';
import type { PatientsService } from '../patients/service.js';

/** The shortest number read as a phone: fewer digits would find files by chance. */
const LEAST_DIGITS = 6;

const refOf = (patients: PatientsService, id: number): CallPatient => {
  const { fields } = patients.require(id);
  return { id, name: patientName(fields), birthDate: fields.birthDate };
};

/** The files whose own phones (mobile or other) are this number, not merely begin with it. */
export function filesWithNumber(patients: PatientsService, number: string): number[] {
  const digits = phoneDigits(number);
  if (digits.length < LEAST_DIGITS) return [];
  return patients
    .search(digits, 50)
    .map((summary) => summary.id)
    .filter((id) => {
      const { fields } = patients.require(id);
      return [fields.phoneMobile, fields.phoneOther].some((phone) => phone && phoneDigits(phone) === digits);
    });
}

/**
 * Identity vigilance on the telephone (issue 26): the number says how many files hold it, never
 * whose; only the birth date the caller gives shows the files it matches, with the number's files
 * first and, for a caller from another number, the files of the name given born that day.
 */
export function identifyCaller(
  patients: PatientsService,
  query: { number: string; birthDate: string | null; name: string },
): { filesWithNumber: number; matches: CallPatient[] } {
  const byNumber = filesWithNumber(patients, query.number);
  if (query.birthDate === null) return { filesWithNumber: byNumber.length, matches: [] };
  const byName = query.name.trim() ? patients.search(query.name, 50).map((summary) => summary.id) : [];
  const matches = [...new Set([...byNumber, ...byName])]
    .map((id) => refOf(patients, id))
    .filter((patient) => patient.birthDate === query.birthDate);
  return { filesWithNumber: byNumber.length, matches };
}
