import { describe, expect, it } from 'vitest';
import { parseOffsets } from '../../electron/api/common/series-offsets.js';

const days = (amount: number) => ({ amount, unit: 'days' });
const weeks = (amount: number) => ({ amount, unit: 'weeks' });
const months = (amount: number) => ({ amount, unit: 'months' });

/** Issue 24 point 15: the delays after an operation as they are typed, by example and by transformation. */
describe('delays typed after an operation', () => {
  it('reads the usual ways of writing them', () => {
    const expected = { offsets: [days(10), weeks(6), months(3)] };
    for (const typed of [
      '10 j, 6 sem, 3 mois',
      '10 jours, 6 semaines et 3 mois',
      '10j 6sem 3mois',
      'à 10 jours puis 6 semaines puis 3 mois',
      '10 JOURS; 6 Semaines; 3 MOIS',
      '  10 jrs + 6 s + 3 m ',
    ])
      expect(parseOffsets(typed), typed).toEqual(expected);
  });

  it('keeps the order typed (the plan sorts the days) and reads a year as twelve months', () => {
    expect(parseOffsets('3 mois, 10 j')).toEqual({ offsets: [months(3), days(10)] });
    expect(parseOffsets('1 an')).toEqual({ offsets: [months(12)] });
    expect(parseOffsets('6 semaines, 1 année')).toEqual({ offsets: [weeks(6), months(12)] });
  });

  it('names the piece it cannot read rather than guess (misspelt, missing unit or number)', () => {
    expect(parseOffsets('10 j, 6 smn')).toEqual({ error: expect.stringContaining('« 6 smn »') });
    expect(parseOffsets('10 j, 6')).toEqual({ error: expect.stringContaining('« 6 »') });
    expect(parseOffsets('jours')).toEqual({ error: expect.stringContaining('« jours »') });
    expect(parseOffsets('0 j')).toEqual({ error: expect.stringContaining('« 0 j »') });
    expect(parseOffsets('')).toEqual({ error: expect.stringContaining('au moins un') });
  });
});
