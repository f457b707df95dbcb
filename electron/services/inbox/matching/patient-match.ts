import type { PatientCandidate } from '../../../api/common/schemas/inbox.js';
import type { PatientSummary } from '../../../api/common/schemas/patients.js';
import { frDate, patientName, phoneNumbersIn } from '../../../api/common/french.js';
import { foldName, phoneDigits } from '../../../lib/name-folding.js';

/** What the matcher may ask the patient file; answered by the patients area. */
export interface PatientLookup {
  search(query: string, limit: number): PatientSummary[];
  byEmail(address: string): PatientSummary[];
}

export interface MatchClues {
  readonly fromName: string;
  readonly fromAddress: string;
  readonly subject: string;
  readonly text: string;
  /** From an MSSanté XDM archive. */
  readonly xdm: {
    ins: string | null;
    birthName: string | null;
    firstName: string | null;
    birthDate: string | null;
  } | null;
}

const BIRTH =
  /\bn[ée]e?\s+le\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b|\((?:n[ée]e?\s+le\s+)?(\d{2})\/(\d{2})\/(\d{4})\)/giu;
const STRENGTH_ORDER = { sure: 0, likely: 1, weak: 2 } as const;

const ref = (patient: PatientSummary) => ({
  id: patient.id,
  name: patientName(patient),
  birthDate: patient.birthDate,
});

export function birthDatesIn(text: string): string[] {
  const dates: string[] = [];
  for (const match of text.matchAll(BIRTH)) {
    const [day, month, year] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
    if (day && month && year) dates.push(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
  }
  return [...new Set(dates)];
}

/** A patient's names are all in the words of the message (accents and case aside). */
function namedIn(patient: PatientSummary, words: ReadonlySet<string>): boolean {
  const last = foldName(patient.usedName || patient.birthName).split(' ');
  const birthLast = foldName(patient.birthName).split(' ');
  const firstNames = foldName(`${patient.usedFirstName} ${patient.firstNames}`).split(' ').filter(Boolean);
  const hasLast = last.every((word) => words.has(word)) || birthLast.every((word) => words.has(word));
  return hasLast && (firstNames.length === 0 || firstNames.some((first) => words.has(first)));
}

/**
 * The patients a message may be about, each with the evidence that points to them: the INS of an
 * XDM archive, the sender's address known in the file, a phone number, a name with a birth date
 * written in the message. Nothing is linked here: a person confirms (issue 11).
 */
export function findCandidates(lookup: PatientLookup, clues: MatchClues): PatientCandidate[] {
  const found = new Map<number, PatientCandidate>();
  const propose = (patient: PatientSummary, evidence: string, strength: PatientCandidate['strength']) => {
    const known = found.get(patient.id);
    if (!known || STRENGTH_ORDER[strength] < STRENGTH_ORDER[known.strength])
      found.set(patient.id, { patient: ref(patient), evidence, strength });
  };
  const words = new Set(foldName(`${clues.fromName} ${clues.subject} ${clues.text}`).split(' '));

  if (clues.xdm?.ins)
    for (const patient of lookup.search(clues.xdm.ins, 3))
      propose(patient, `INS ${clues.xdm.ins} de l’archive MSSanté`, 'sure');
  if (clues.xdm?.birthDate && clues.xdm.birthName) {
    const xdmWords = new Set(foldName(`${clues.xdm.birthName} ${clues.xdm.firstName ?? ''}`).split(' '));
    for (const patient of lookup.search(frDate(clues.xdm.birthDate), 50))
      if (namedIn(patient, xdmWords)) propose(patient, 'nom et date de naissance de l’archive MSSanté', 'sure');
  }
  if (clues.fromAddress)
    for (const patient of lookup.byEmail(clues.fromAddress))
      propose(
        patient,
        `adresse ${clues.fromAddress} connue dans le dossier`,
        namedIn(patient, words) ? 'sure' : 'likely',
      );
  for (const date of birthDatesIn(`${clues.subject}\n${clues.text}`)) {
    for (const patient of lookup.search(frDate(date), 50)) {
      if (namedIn(patient, words))
        propose(patient, `nom et date de naissance (${frDate(date)}) écrits dans le message`, 'sure');
    }
  }
  for (const raw of phoneNumbersIn(clues.text)) {
    for (const patient of lookup.search(phoneDigits(raw), 5))
      propose(patient, `téléphone ${raw} connu dans le dossier`, 'likely');
  }
  if (found.size === 0 && clues.fromName.trim().split(/\s+/).length >= 2) {
    for (const patient of lookup.search(clues.fromName, 5))
      if (namedIn(patient, words)) propose(patient, `même nom que l’expéditeur (${clues.fromName})`, 'weak');
  }
  return [...found.values()].sort((a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]).slice(0, 5);
}

/** The provisional identity a new patient file starts from, read from the message. */
export function identityHints(clues: MatchClues): {
  birthName: string;
  firstNames: string;
  birthDate: string;
  email: string;
  phone: string;
} {
  const [first = '', ...rest] = (
    clues.xdm?.firstName ? `${clues.xdm.firstName} ${clues.xdm.birthName ?? ''}` : clues.fromName
  )
    .replace(/^(dr|docteur|m\.|mme|mr)\s+/i, '')
    .trim()
    .split(/\s+/);
  return {
    firstNames: first,
    birthName: rest.join(' ').toUpperCase(),
    birthDate: clues.xdm?.birthDate ?? birthDatesIn(clues.text)[0] ?? '',
    email: clues.fromAddress,
    phone: phoneNumbersIn(clues.text)[0] ?? '',
  };
}
