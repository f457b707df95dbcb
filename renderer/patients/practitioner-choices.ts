import type { Practitioner } from '../../electron/api/schemas/practice';

/** The practitioners as a select's choices: « Dr Claire Fontaine ». */
export const practitionerChoices = (practitioners: readonly Practitioner[] | undefined) =>
  (practitioners ?? []).map((p) => ({ value: String(p.id), label: `${p.title} ${p.firstName} ${p.lastName}` }));
