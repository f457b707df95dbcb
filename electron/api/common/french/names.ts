/**
 * How a patient is named wherever a person reads it: screens, letters, PDFs, exports, reminders,
 * the journal (issue 21). One rule, the one the front desk reads on an identity band:
 *
 * - the name people use in capitals, then the first name they use: « MEUNIER Léa ». The name used
 *   is the used name (nom d'usage) when there is one, the birth name otherwise; the first name used
 *   is the used first name when there is one, otherwise the first of the birth first names
 *   (« Jean-Pierre Marie » → « Jean-Pierre »). Capitals the French way, so « Besançon » is
 *   « BESANÇON » and « de La Fontaine » is « DE LA FONTAINE ».
 * - where the identity is checked (the patient's page, searches, choosing a patient), a used name
 *   that differs from the birth name is followed by the birth name: « MARTIN Léa (née MEUNIER) ».
 * - letters and mails greet with the name in capitals too: « Madame MEUNIER ».
 */

/** The four name fields every patient record carries. */
export interface NamedPerson {
  readonly birthName: string;
  readonly firstNames: string;
  readonly usedName: string;
  readonly usedFirstName: string;
}

/** A sex as patients carry it: 'F', 'M', or anything else (unknown). */
export type Sex = string | null | undefined;

/** The same, with the sex the civility and « né / née » agree with. */
export interface SexedPerson extends NamedPerson {
  readonly sex: Sex;
}

/** Capitals by French rules (not ASCII-only: SQLite's upper() wrote « BESANçON », issue 10). */
export const capitals = (text: string): string => text.toLocaleUpperCase('fr-FR');

/** The last name used, as typed: used name when given, birth name otherwise. */
export const usedLastName = (person: NamedPerson): string => (person.usedName.trim() || person.birthName).trim();

/** The first name used: used first name when given, else the first of the birth first names. */
export const usedFirstName = (person: NamedPerson): string =>
  person.usedFirstName.trim() || person.firstNames.trim().split(/\s+/)[0] || '';

/** « MEUNIER Léa » */
export const patientName = (person: NamedPerson): string =>
  `${capitals(usedLastName(person))} ${usedFirstName(person)}`.trim();

/** « né », « née », or « né(e) » when the sex is not known (issue 10). */
export const bornWord = (sex: Sex): string => (sex === 'F' ? 'née' : sex === 'M' ? 'né' : 'né(e)');

/** « MARTIN Léa (née MEUNIER) » when the used name is not the birth name, « MEUNIER Léa » otherwise. */
export function patientNameWithBirthName(person: SexedPerson): string {
  const used = person.usedName.trim();
  const differs = used !== '' && capitals(used) !== capitals(person.birthName.trim());
  const name = patientName(person);
  return differs ? `${name} (${bornWord(person.sex)} ${capitals(person.birthName.trim())})` : name;
}

/** « Mme », « M. », or nothing when the sex is not known (no guessed civility). */
export const civility = (sex: Sex): string => (sex === 'F' ? 'Mme' : sex === 'M' ? 'M.' : '');

/** « Mme MEUNIER Léa », « M. ROUX Paul », « MEUNIER Camille » when the sex is not known. */
export const patientNameWithCivility = (person: SexedPerson): string =>
  `${civility(person.sex)} ${patientName(person)}`.trim();

/** The word a letter or a mail opens with: « Madame », « Monsieur », « Madame, Monsieur ». */
export const salutationWord = (sex: Sex): string =>
  sex === 'F' ? 'Madame' : sex === 'M' ? 'Monsieur' : 'Madame, Monsieur';

/** « Madame MEUNIER », « Monsieur ROUX », « Madame, Monsieur MEUNIER » when the sex is not known. */
export const salutation = (person: SexedPerson): string =>
  `${salutationWord(person.sex)} ${capitals(usedLastName(person))}`;
