import type { PatientSummary } from '../../../api/common/schemas/patients.js';
import { frDate, patientName } from '../../../api/common/french.js';
import { foldName } from '../../../lib/name-folding.js';
import { birthDatesIn } from './patient-match.js';

/** What a message says of the person it is from or about, to set beside a patient file. */
export interface MessageIdentity {
  readonly fromName: string;
  readonly subject: string;
  readonly text: string;
}

const TITLES = new Set(['dr', 'docteur', 'pr', 'professeur', 'm', 'mr', 'mme', 'mlle', 'monsieur', 'madame']);

/**
 * Why linking this message to this patient needs a second look (issue 22 item 7): the sender
 * carries the patient's family name with another first name (« Nathalie Roy » for ROY Hélène: a
 * relative, or another person), or the message gives a birth date and none is the file's. Empty
 * when nothing disagrees; a message that says nothing of either is not a disagreement.
 */
export function linkDisagreements(patient: PatientSummary, message: MessageIdentity): string[] {
  const found: string[] = [];
  const senderWords = foldName(message.fromName)
    .split(' ')
    .filter((word) => word && !TITLES.has(word));
  const familyNames = new Set(
    [patient.birthName, patient.usedName].flatMap((name) => foldName(name).split(' ')).filter(Boolean),
  );
  const firstNames = new Set(
    [patient.firstNames, patient.usedFirstName].flatMap((name) => foldName(name).split(' ')).filter(Boolean),
  );
  const carriesFamilyName = senderWords.some((word) => familyNames.has(word));
  const otherWords = senderWords.filter((word) => !familyNames.has(word));
  if (carriesFamilyName && otherWords.length > 0 && !otherWords.some((word) => firstNames.has(word)))
    found.push(
      `l’expéditeur s’appelle « ${message.fromName.trim()} », le dossier est ${patientName(patient)} (prénom différent)`,
    );
  const dates = birthDatesIn(`${message.subject}\n${message.text}`);
  if (dates.length > 0 && !dates.includes(patient.birthDate))
    found.push(
      `le message donne la date de naissance ${dates.map(frDate).join(', ')}, le dossier ${frDate(patient.birthDate)}`,
    );
  return found;
}
