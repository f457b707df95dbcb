import { describe, expect, it } from 'vitest';
import { dateSchema, nirKeyValid, parseFrenchDate } from '../../electron/api/common/schemas/identity.js';
import { nameTokens, namesClose, phoneDigits } from '../../electron/lib/name-folding.js';
import { ageOn } from '../../electron/api/common/schemas/identity.js';
import { addYears, retentionUntil } from '../../electron/services/patient-file/retention.js';
import { planSearch } from '../../electron/services/patients/search.js';
import { withNirKey } from '../helpers/patients.js';

describe('search tokens and plans', () => {
  it('folds accents, ligatures and hyphens', () => {
    expect(nameTokens('Saint-Martin')).toEqual(['saint', 'martin', 'saintmartin']);
    expect(nameTokens('LEFÈVRE')).toEqual(['lefevre']);
    expect(nameTokens('Œuvrard')).toEqual(['oeuvrard']);
    expect(phoneDigits('+33 (0)6 12')).toBe('0612');
    expect(phoneDigits('+33 6 12 34 56 78')).toBe('0612345678');
    expect(phoneDigits('0033 6 12 34 56 78')).toBe('0612345678');
  });

  it('reads dates, phones, NIR and names', () => {
    expect(planSearch('12/03/1961')).toEqual({ kind: 'birthDate', date: '1961-03-12' });
    expect(planSearch('1/3/1961')).toEqual({ kind: 'birthDate', date: '1961-03-01' });
    expect(planSearch('12031961')).toEqual({ kind: 'birthDate', date: '1961-03-12' });
    expect(planSearch('06 12 34')).toEqual({ kind: 'tokens', prefixes: ['#061234'] });
    expect(planSearch('1 75 07 2A')).toEqual({ kind: 'tokens', prefixes: ['!175072A'] });
    expect(planSearch('jean dupont')).toEqual({ kind: 'tokens', prefixes: ['dupont', 'jean'] });
    expect(planSearch('  ')).toEqual({ kind: 'none' });
    expect(parseFrenchDate('31/02/2020')).toBeNull();
  });

  it('sees close spellings as possible duplicates', () => {
    expect(namesClose('Lefèvre', 'LEFEBVRE')).toBe(true);
    expect(namesClose('Saint-Martin', 'saint martin')).toBe(true);
    expect(namesClose('Martin', 'Dupont')).toBe(false);
  });
});

describe('NIR', () => {
  it('checks the key, Corsica included', () => {
    expect(nirKeyValid(withNirKey('1850578006084'))).toBe(true);
    expect(nirKeyValid(withNirKey('185052A006084'))).toBe(true);
    expect(nirKeyValid(withNirKey('185052B006084'))).toBe(true);
    expect(nirKeyValid('185052A00608400')).toBe(false);
    expect(nirKeyValid('185057800608')).toBe(false);
  });
});

describe('retention', () => {
  it('applies 20 years, the 28th birthday, and 10 years after an early death', () => {
    expect(retentionUntil('1950-06-01', '2026-01-15', null)).toBe('2046-01-15');
    expect(retentionUntil('2020-06-01', '2026-01-15', null)).toBe('2048-06-01');
    expect(retentionUntil('1950-06-01', '2026-01-15', '2030-03-01')).toBe('2040-03-01');
    expect(retentionUntil('1950-06-01', '2026-01-15', '2040-03-01')).toBe('2046-01-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(ageOn('1961-03-12', '2026-03-11')).toBe(64);
    expect(ageOn('1961-03-12', '2026-03-12')).toBe(65);
  });
});

describe('a date field says what is wrong (issue 22 item 16)', () => {
  const message = (value: string) => {
    const result = dateSchema('Date de naissance').safeParse(value);
    return result.success ? null : result.error.issues.map((issue) => issue.message).join(' ; ');
  };
  it('an empty required date is to be typed, not impossible', () => {
    expect(message('')).toBe('date à saisir (JJ/MM/AAAA)');
    expect(message('   ')).toBe('date à saisir (JJ/MM/AAAA)');
  });
  it('a day that does not exist is impossible', () => {
    expect(message('31/02/2026')).toMatch(/^date impossible/);
    expect(message('demain')).toMatch(/^date impossible/);
  });
  it('a real day passes, typed the French way', () => {
    expect(message('29/02/2024')).toBeNull();
  });
});
