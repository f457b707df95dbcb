import { describe, expect, it } from 'vitest';
import { agendaPatientName, reminderCivility } from '../../electron/services/agenda/patient-naming.js';
import { patientInput } from '../helpers/patients.js';

describe('how the agenda names a patient', () => {
  it('writes the used name in capitals, then the used first name or the first of the first names', () => {
    expect(agendaPatientName(patientInput())).toBe('LEFÈVRE Jeanne');
    expect(agendaPatientName(patientInput({ usedName: 'Martin', usedFirstName: '' }))).toBe('MARTIN Jeanne');
    expect(agendaPatientName(patientInput({ usedFirstName: '', firstNames: '' }))).toBe('LEFÈVRE');
  });

  it('opens a reminder with the civility of the sex recorded, both when none is', () => {
    expect(reminderCivility(patientInput())).toBe('Madame Lefèvre');
    expect(reminderCivility(patientInput({ sex: 'M', birthName: 'Durand', usedName: 'Durand-Petit' }))).toBe(
      'Monsieur Durand-Petit',
    );
    expect(reminderCivility(patientInput({ sex: 'I' }))).toBe('Madame, Monsieur Lefèvre');
  });
});
