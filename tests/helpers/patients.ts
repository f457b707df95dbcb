import type { PatientFields } from '../../electron/api/common/schemas/patients.js';

/** A NIR with its key computed (97 - n mod 97; 2A → 19, 2B → 18). */
export function withNirKey(body13: string): string {
  const numeric = body13.replace('2A', '19').replace('2B', '18');
  return `${body13}${String(97 - Number(BigInt(numeric) % 97n)).padStart(2, '0')}`;
}

export function patientInput(overrides: Partial<PatientFields> = {}): PatientFields & { confirmNotDuplicate: boolean } {
  return {
    birthName: 'Lefèvre',
    firstNames: 'Jeanne Marie',
    birthDate: '1961-03-12',
    sex: 'F',
    birthplaceInsee: '23096',
    usedName: '',
    usedFirstName: 'Jeanne',
    nir: '',
    phoneMobile: '06 12 34 56 78',
    phoneOther: '',
    email: '',
    addressLine: '3 rue des Tisserands',
    postalCode: '23000',
    city: 'Guéret',
    preferredChannel: 'sms',
    gpId: null,
    referrerId: null,
    occupation: 'Couturière',
    employer: '',
    dominantHand: 'right',
    workAccident: false,
    workAccidentDate: null,
    workAccidentEmployer: '',
    workAccidentInsurer: '',
    deceasedOn: null,
    confirmNotDuplicate: false,
    ...overrides,
  };
}
