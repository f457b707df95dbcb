import type { PatientFields } from '../../api/common/schemas/patients.js';

/**
 * How the agenda names a patient (the day list, the waiting room, reminders): kept as one
 * function so the shared French formatting can take its place in one line (issue 21).
 */
export const agendaPatientName = (fields: PatientFields): string =>
  `${(fields.usedName || fields.birthName).toUpperCase()} ${fields.usedFirstName || fields.firstNames.split(' ')[0] || ''}`.trim();

/** The salutation a reminder opens with (« Madame DUPONT »), one function for the same reason. */
export const reminderCivility = (fields: PatientFields): string => {
  const civility = fields.sex === 'F' ? 'Madame' : fields.sex === 'M' ? 'Monsieur' : 'Madame, Monsieur';
  return `${civility} ${fields.usedName || fields.birthName}`;
};
