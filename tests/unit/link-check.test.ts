import { describe, expect, it } from 'vitest';
import type { PatientSummary } from '../../electron/api/common/schemas/patients.js';
import { linkDisagreements } from '../../electron/services/inbox/matching/link-check.js';

// Issue 22 item 7: a message is linked to a file only after a second look when its first name or
// its birth date disagrees with the file's. Cases by class, then transformations of one case.

const roy: PatientSummary = {
  id: 1,
  birthName: 'Roy',
  usedName: '',
  firstNames: 'Hélène Marie',
  usedFirstName: 'Hélène',
  birthDate: '1958-04-09',
  age: 68,
  sex: 'F',
  city: 'Guéret',
  lastVisit: null,
  identityStatus: 'provisional',
};
const check = (fromName: string, text = '', subject = '') => linkDisagreements(roy, { fromName, subject, text });

describe('linkDisagreements', () => {
  it('asks when the sender carries the family name with another first name', () => {
    expect(check('Nathalie Roy')).toHaveLength(1);
    expect(check('ROY Nathalie')).toHaveLength(1);
    expect(check('Mme Nathalie Roy')).toHaveLength(1);
    expect(check('Jean-Pierre Roy')).toHaveLength(1);
    expect(check('Nathalie Roy')[0]).toContain('Nathalie Roy');
  });

  it('says nothing when the first name agrees, whatever its case, accents or order', () => {
    expect(check('Hélène Roy')).toEqual([]);
    expect(check('HELENE ROY')).toEqual([]);
    expect(check('Roy Helene')).toEqual([]);
    expect(check('Mme Marie Roy')).toEqual([]); // a second first name of the file
  });

  it('says nothing when the sender is someone else altogether (a doctor, a clinic, no name)', () => {
    expect(check('Dr Sophie Lemaire', 'Je vous adresse Mme Roy.')).toEqual([]);
    expect(check('')).toEqual([]);
    expect(check('Clinique du Parc')).toEqual([]);
    expect(check('Roy')).toEqual([]); // the family name alone names no other person
  });

  it('asks when the message gives a birth date that is not the file’s', () => {
    expect(check('Dr Sophie Lemaire', 'Mme Hélène Roy, née le 12/03/1961, pour une plaie.')).toHaveLength(1);
    expect(check('', 'Patiente (12/03/1961) vue ce jour')).toHaveLength(1);
    expect(check('Dr Sophie Lemaire', 'Mme Hélène Roy, née le 09/04/1958.')).toEqual([]);
    expect(check('Dr Sophie Lemaire', 'Mme Hélène Roy, née le 9.4.1958.')).toEqual([]);
  });

  it('names both disagreements when both disagree', () => {
    const both = check('Nathalie Roy', 'née le 01/01/1990');
    expect(both).toHaveLength(2);
    expect(both[1]).toContain('01/01/1990');
    expect(both[1]).toContain('09/04/1958');
  });

  it('holds under transformations: words inserted, moved, misspelt first names still ask', () => {
    const base = 'Nathalie Roy';
    for (const variant of ['Nathalie  Roy ', 'Mlle Nathalie Roy', 'Roy, Nathalie'.replace(',', ''), 'Nathalee Roy'])
      expect(check(variant), variant).toHaveLength(1);
    // Negation by the right first name: the question goes.
    expect(check(base.replace('Nathalie', 'Hélène'))).toEqual([]);
    // The birth date moved to the subject counts the same.
    expect(check('', '', 'RDV Mme Roy née le 12/03/1961')).toHaveLength(1);
  });
});
