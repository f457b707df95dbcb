import { describe, expect, it } from 'vitest';
import { patientName, salutation } from '../../electron/api/common/french.js';
import { patientInput } from '../helpers/patients.js';

describe('how the agenda names a patient, through the shared French formatter', () => {
  it('writes the used name in capitals, then the used first name or the first of the first names', () => {
    expect(patientName(patientInput())).toBe('LEFÈVRE Jeanne');
    expect(patientName(patientInput({ usedName: 'Martin', usedFirstName: '' }))).toBe('MARTIN Jeanne');
    expect(patientName(patientInput({ usedFirstName: '', firstNames: '' }))).toBe('LEFÈVRE');
  });

  it('opens a reminder with the civility of the sex recorded, both when none is', () => {
    expect(salutation(patientInput())).toBe('Madame LEFÈVRE');
    expect(salutation(patientInput({ sex: 'M', birthName: 'Durand', usedName: 'Durand-Petit' }))).toBe(
      'Monsieur DURAND-PETIT',
    );
    expect(salutation(patientInput({ sex: 'I' }))).toBe('Madame, Monsieur LEFÈVRE');
  });
});
