import type { Visit, PatientFile } from '../../api/common/schemas/patient-file.js';
import { DIGIT_LABELS, VISIT_KIND_LABELS } from '../../api/common/schemas/patient-file.js';
import { ageOn } from '../../api/common/schemas/identity.js';
import type { Practice, Practitioner } from '../../api/common/schemas/practice.js';
import type { Doctor } from '../../api/common/schemas/patients.js';
import { HAND_LABELS } from '../../api/common/schemas/patients.js';
import { bornWord, frDate, patientName, salutation } from '../../api/common/french.js';

const doctorName = (doctor: Doctor | null) =>
  doctor
    ? {
        fullName: `${doctor.title} ${doctor.firstName} ${doctor.lastName}`.replace(/\s+/g, ' ').trim(),
        city: doctor.city,
      }
    : null;
const SIDES = { left: 'gauche', right: 'droit', both: 'bilatéral' } as const;

/** What a template can use. Optional parts are null (for {#gp}…{/gp}) or empty strings. */
export function buildLetterData(input: {
  file: Pick<PatientFile, 'fields' | 'gp' | 'referrer'>;
  visit: Visit;
  surgeon: Practitioner | null;
  practice: Practice;
  sections: Record<string, string>;
  today: string;
}) {
  const { file, visit, surgeon, practice } = input;
  const f = file.fields;
  const digits = visit.digits.map((digit) => DIGIT_LABELS[digit].toLowerCase()).join(', ');
  return {
    practice: {
      name: practice.name,
      address: [practice.addressLine, `${practice.postalCode} ${practice.city}`.trim()].filter(Boolean).join(', '),
      city: practice.city,
      phone: practice.phone,
      email: practice.email,
      finess: practice.finess,
    },
    surgeon: {
      fullName: surgeon ? `${surgeon.title} ${surgeon.firstName} ${surgeon.lastName}` : '',
      specialty: surgeon?.specialty ?? '',
      rpps: surgeon?.rpps ?? '',
      signature: surgeon?.signature || (surgeon ? `${surgeon.title} ${surgeon.firstName} ${surgeon.lastName}` : ''),
    },
    patient: {
      // Letters name the patient as the screens do: « MEUNIER Léa », « Madame MEUNIER » (issue 21).
      fullName: patientName(f),
      civilityName: salutation(f),
      birthName: f.birthName,
      birthDate: frDate(f.birthDate),
      // « née » or « né » when the sex is known; « né(e) » only when it is not (issue 22 item 16).
      born: bornWord(f.sex),
      age: ageOn(f.birthDate, input.today),
      nir: f.nir,
      occupation: f.occupation.toLowerCase(),
      dominantHand: f.dominantHand ? `main dominante ${HAND_LABELS[f.dominantHand].toLowerCase()}` : '',
      address: [f.addressLine, `${f.postalCode} ${f.city}`.trim()].filter(Boolean).join(', '),
    },
    gp: doctorName(file.gp),
    referrer: doctorName(file.referrer),
    visit: {
      date: frDate(visit.date),
      kind: VISIT_KIND_LABELS[visit.kind].toLowerCase(),
      diagnosis: visit.diagnosis,
      site: [visit.side ? (visit.side === 'both' ? 'bilatéral' : `côté ${SIDES[visit.side]}`) : '', digits]
        .filter(Boolean)
        .join(', '),
    },
    today: frDate(input.today),
    sections: input.sections,
  };
}
export type LetterData = ReturnType<typeof buildLetterData>;

/** Every field a template may use, for checking a practice's own template. */
export function knownFieldPaths(sectionKeys: readonly string[]): Set<string> {
  const doctor = { fullName: '', city: '' };
  const sample = {
    ...buildLetterData({
      file: {
        fields: {
          usedFirstName: '',
          firstNames: '',
          usedName: '',
          birthName: '',
          sex: 'F',
          birthDate: '2000-01-01',
          nir: '',
          occupation: '',
          dominantHand: null,
          addressLine: '',
          postalCode: '',
          city: '',
        },
        gp: null,
        referrer: null,
      } as unknown as PatientFile,
      visit: { date: '2000-01-01', kind: 'emergency', diagnosis: '', side: null, digits: [] } as unknown as Visit,
      surgeon: null,
      practice: {
        name: '',
        addressLine: '',
        postalCode: '',
        city: '',
        phone: '',
        email: '',
        finess: '',
        lockAfterMinutes: 10,
        holidayRegion: 'metropole',
        agendaGridMinutes: 5,
      },
      sections: Object.fromEntries(sectionKeys.map((key) => [key, ''])),
      today: '2000-01-01',
    }),
    gp: doctor,
    referrer: doctor,
  };
  const paths = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (prefix) paths.add(prefix);
    if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(sample, '');
  // Inside {#gp}…{/gp} a template may name the doctor's fields directly.
  for (const key of Object.keys(doctor)) paths.add(key);
  return paths;
}
