import { parseFrenchDate } from '../../electron/api/schemas/identity';
import type { PatientFields } from '../../electron/api/schemas/patients';
import { frDate } from './format';

/** The form's values: dates as typed (12/03/1961), everything else as the API takes it. */
export type PatientDraft = Omit<PatientFields, 'birthDate' | 'workAccidentDate' | 'deceasedOn'> & {
  birthDate: string;
  workAccidentDate: string;
  deceasedOn: string;
};

export const EMPTY_PATIENT: PatientDraft = {
  birthName: '',
  firstNames: '',
  birthDate: '',
  sex: 'F',
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

export function draftToFields(draft: PatientDraft): PatientFields {
  return {
    ...draft,
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
