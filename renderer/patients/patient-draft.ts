import { parseFrenchDate } from '../../electron/api/common/schemas/identity';
import type { PatientFields } from '../../electron/api/common/schemas/patients';
import { frDate } from '../../electron/api/common/french';

/** The form's values: dates as typed (12/03/1961), everything else as the API takes it. */
export type PatientDraft = Omit<PatientFields, 'birthDate' | 'workAccidentDate' | 'deceasedOn' | 'sex'> & {
  /** Empty until the person chooses (issue 10: no default sex). */
  sex: PatientFields['sex'] | '';
  birthDate: string;
  workAccidentDate: string;
  deceasedOn: string;
};

export const EMPTY_PATIENT: PatientDraft = {
  birthName: '',
  firstNames: '',
  birthDate: '',
  sex: '',
  birthplaceInsee: '',
  usedName: '',
  usedFirstName: '',
  nir: '',
  phoneMobile: '',
  phoneOther: '',
  email: '',
  addressLine: '',
  postalCode: '',
  city: '',
  preferredChannel: 'phone',
  gpId: null,
  referrerId: null,
  occupation: '',
  employer: '',
  dominantHand: null,
  workAccident: false,
  workAccidentDate: '',
  workAccidentEmployer: '',
  workAccidentInsurer: '',
  deceasedOn: '',
};

/** A date the person typed: ISO when it reads as one, otherwise as typed so the server names it. */
const isoOrRaw = (typed: string): string => parseFrenchDate(typed) ?? typed;

/** The fields to send, or null while the sex is not chosen (the form then names the field). */
export function draftToFields(draft: PatientDraft): PatientFields | null {
  const { sex } = draft;
  if (sex === '') return null;
  return {
    ...draft,
    sex,
    birthDate: isoOrRaw(draft.birthDate),
    workAccidentDate: draft.workAccidentDate.trim() ? isoOrRaw(draft.workAccidentDate) : null,
    deceasedOn: draft.deceasedOn.trim() ? isoOrRaw(draft.deceasedOn) : null,
  };
}

export function fieldsToDraft(fields: PatientFields): PatientDraft {
  return {
    ...fields,
    birthDate: frDate(fields.birthDate),
    workAccidentDate: frDate(fields.workAccidentDate),
    deceasedOn: frDate(fields.deceasedOn),
  };
}
