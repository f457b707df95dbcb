import { describe, expect, it } from 'vitest';
import {
  agree,
  bornWord,
  capitals,
  civility,
  countOf,
  frDate,
  frDateTime,
  frTime,
  patientName,
  patientNameWithBirthName,
  patientNameWithCivility,
  salutation,
  usedFirstName,
  usedLastName,
} from '../../electron/api/common/french.js';

const person = (over: Partial<Parameters<typeof patientNameWithBirthName>[0]> = {}) => ({
  birthName: 'Meunier',
  firstNames: 'Léa',
  usedName: '',
  usedFirstName: '',
  sex: 'F' as string | null,
  ...over,
});

describe('patients named once, the same everywhere (issue 21)', () => {
  it('puts the used name in capitals before the first name used', () => {
    expect(patientName(person())).toBe('MEUNIER Léa');
    expect(patientName(person({ birthName: 'Besançon', firstNames: 'Crépin' }))).toBe('BESANÇON Crépin');
    expect(patientName(person({ birthName: 'de La Fontaine', firstNames: 'Jean' }))).toBe('DE LA FONTAINE Jean');
    expect(patientName(person({ birthName: 'Lefèvre-Dupré', firstNames: 'Élise' }))).toBe('LEFÈVRE-DUPRÉ Élise');
  });

  it('takes the first of the birth first names, a compound one whole, unless a first name is used', () => {
    expect(usedFirstName(person({ firstNames: 'Jean-Pierre Marie' }))).toBe('Jean-Pierre');
    expect(usedFirstName(person({ firstNames: '  Jean   Marie ' }))).toBe('Jean');
    expect(patientName(person({ firstNames: 'Marie Léa', usedFirstName: 'Léa' }))).toBe('MEUNIER Léa');
    expect(patientName(person({ firstNames: '' }))).toBe('MEUNIER');
  });

  it('uses the used name, and shows a different birth name beside it where identity is checked', () => {
    const married = person({ usedName: 'Martin' });
    expect(usedLastName(married)).toBe('Martin');
    expect(patientName(married)).toBe('MARTIN Léa');
    expect(patientNameWithBirthName(married)).toBe('MARTIN Léa (née MEUNIER)');
    expect(
      patientNameWithBirthName(person({ sex: 'M', birthName: 'Roux', firstNames: 'Paul', usedName: 'Roux-Blanc' })),
    ).toBe('ROUX-BLANC Paul (né ROUX)');
    expect(patientNameWithBirthName(person({ sex: null, usedName: 'Martin' }))).toBe('MARTIN Léa (né(e) MEUNIER)');
    // The same name written in other letters is no other name.
    expect(patientNameWithBirthName(person({ usedName: 'MEUNIER' }))).toBe('MEUNIER Léa');
    expect(patientNameWithBirthName(person())).toBe('MEUNIER Léa');
  });

  it('gives a civility by sex, none when the sex is unknown', () => {
    expect(civility('F')).toBe('Mme');
    expect(civility('M')).toBe('M.');
    expect(civility(null)).toBe('');
    expect(civility('U')).toBe('');
    expect(patientNameWithCivility(person())).toBe('Mme MEUNIER Léa');
    expect(patientNameWithCivility(person({ sex: 'M', birthName: 'Roux', firstNames: 'Paul' }))).toBe('M. ROUX Paul');
    expect(patientNameWithCivility(person({ sex: undefined as unknown as null }))).toBe('MEUNIER Léa');
  });

  it('greets a letter or a mail by the name used in capitals', () => {
    expect(salutation(person({ usedName: 'Martin' }))).toBe('Madame MARTIN');
    expect(salutation(person({ sex: 'M', birthName: 'de Villiers' }))).toBe('Monsieur DE VILLIERS');
    expect(salutation(person({ sex: null }))).toBe('Madame, Monsieur MEUNIER');
  });

  it('agrees « né » with the sex', () => {
    expect(bornWord('F')).toBe('née');
    expect(bornWord('M')).toBe('né');
    expect(bornWord(null)).toBe('né(e)');
    expect(bornWord(undefined)).toBe('né(e)');
    expect(capitals('éloïse')).toBe('ÉLOÏSE');
  });
});

describe('dates and times on the practice’s clock (issue 21)', () => {
  it('writes an ISO date as JJ/MM/AAAA, as written', () => {
    expect(frDate('1961-03-12')).toBe('12/03/1961');
    expect(frDate('2026-12-31')).toBe('31/12/2026');
    expect(frDate('')).toBe('');
    expect(frDate(null)).toBe('');
    expect(frDate(undefined)).toBe('');
    expect(frDate('12/03')).toBe('12/03');
  });

  it('reads a timestamp in Paris, not UTC', () => {
    // Winter (UTC+1): 23:30 UTC is already the next day in Paris.
    expect(frDate('2026-03-01T23:30:00Z')).toBe('02/03/2026');
    expect(frDate('2026-03-01T22:59:00.000Z')).toBe('01/03/2026');
    // Summer (UTC+2): 22:30 UTC is the next day, 21:59 UTC is not yet.
    expect(frDate('2026-07-14T22:30:00Z')).toBe('15/07/2026');
    expect(frDate('2026-07-14T21:59:00Z')).toBe('14/07/2026');
    // New Year's Eve crosses the year too.
    expect(frDate('2026-12-31T23:15:00Z')).toBe('01/01/2027');
    // A timestamp carrying its own offset is read as the instant it is.
    expect(frDate('2026-03-02T00:30:00+01:00')).toBe('02/03/2026');
  });

  it('writes times « 10 h 42 », 24 h, from a time of day or a timestamp', () => {
    expect(frTime('10:42')).toBe('10 h 42');
    expect(frTime('08:00')).toBe('08 h 00');
    expect(frTime('17:40:00')).toBe('17 h 40');
    expect(frTime('2026-03-01T23:30:00Z')).toBe('00 h 30');
    expect(frTime('2026-07-14T12:05:00Z')).toBe('14 h 05');
    expect(frTime('2026-01-14T12:05:00Z')).toBe('13 h 05');
    expect(frTime('')).toBe('');
    expect(frTime(null)).toBe('');
  });

  it('writes a date and time « 02/03/2026 à 00 h 30 »', () => {
    expect(frDateTime('2026-03-01T23:30:00Z')).toBe('02/03/2026 à 00 h 30');
    expect(frDateTime('2026-07-14T22:30:00Z')).toBe('15/07/2026 à 00 h 30');
    expect(frDateTime('2026-11-26T09:42:00.000Z')).toBe('26/11/2026 à 10 h 42');
    // Across the change of hour (last Sunday of March, 02:00 → 03:00 in Paris).
    expect(frDateTime('2026-03-29T00:59:00Z')).toBe('29/03/2026 à 01 h 59');
    expect(frDateTime('2026-03-29T01:00:00Z')).toBe('29/03/2026 à 03 h 00');
    expect(frDateTime(null)).toBe('');
    expect(frDateTime('pas une date')).toBe('pas une date');
  });
});

describe('plurals the French way (issue 21)', () => {
  it('keeps the singular for 0 and 1', () => {
    expect(countOf(0, 'message')).toBe('0 message');
    expect(countOf(1, 'message')).toBe('1 message');
    expect(countOf(2, 'message')).toBe('2 messages');
    expect(countOf(3, 'journal', 'journaux')).toBe('3 journaux');
    expect(agree(1, 'envoyé')).toBe('envoyé');
    expect(agree(5, 'envoyé')).toBe('envoyés');
    expect(agree(0, 'serait classé', 'seraient classés')).toBe('serait classé');
  });
});
