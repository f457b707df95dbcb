import { describe, expect, it } from 'vitest';
import { seriesDates } from '../../electron/services/agenda/series.js';

/** Issue 24 point 15: the days a series names, as a person counts them on a calendar. */
describe('the days of a series', () => {
  it('every week, or every two weeks, from the first day', () => {
    expect(seriesDates({ kind: 'weekly', firstDate: '2027-03-22', count: 3, everyWeeks: 1 })).toEqual([
      '2027-03-22',
      '2027-03-29',
      '2027-04-05',
    ]);
    expect(seriesDates({ kind: 'weekly', firstDate: '2027-12-27', count: 2, everyWeeks: 2 })).toEqual([
      '2027-12-27',
      '2028-01-10',
    ]);
  });

  it('a month after the 31st is the month’s last day; delays are sorted and said once', () => {
    const after = (offsets: { amount: number; unit: 'days' | 'weeks' | 'months' }[]) =>
      seriesDates({ kind: 'after', fromDate: '2027-01-31', offsets });
    expect(after([{ amount: 1, unit: 'months' }])).toEqual(['2027-02-28']);
    expect(
      after([
        { amount: 1, unit: 'months' },
        { amount: 1, unit: 'months' },
        { amount: 7, unit: 'days' },
      ]),
    ).toEqual(['2027-02-07', '2027-02-28']);
    expect(seriesDates({ kind: 'after', fromDate: '2028-01-31', offsets: [{ amount: 1, unit: 'months' }] })).toEqual([
      '2028-02-29',
    ]);
  });
});
