import { describe, expect, it } from 'vitest';
import { CALENDAR_FORMATS, gridRows, weekRangeTitle } from '../../renderer/agenda/calendar-formats.js';

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('the week view’s titles in French order (issue 22)', () => {
  it('puts the day before the month, without a leading zero', () => {
    expect(weekRangeTitle(day('2026-11-30'), day('2026-12-04'))).toBe('30 novembre – 4 décembre 2026');
    expect(weekRangeTitle(day('2026-12-07'), day('2026-12-11'))).toBe('7 – 11 décembre 2026');
    expect(weekRangeTitle(day('2026-12-28'), day('2027-01-01'))).toBe('28 décembre 2026 – 1 janvier 2027');
  });

  it('names a column and a day as French does', () => {
    expect(CALENDAR_FORMATS.dayFormat(day('2026-11-30'))).toBe('lun. 30/11');
    expect(CALENDAR_FORMATS.dayHeaderFormat(day('2026-12-02'))).toBe('mercredi 2 décembre 2026');
    expect(CALENDAR_FORMATS.timeGutterFormat(new Date(2026, 11, 2, 8, 5))).toBe('08:05');
  });
});

describe('the week view on the practice grid (issue 24 point 10)', () => {
  it('drags on the grid, a labelled group each half-hour, each hour for 20 minutes', () => {
    expect(gridRows(5)).toEqual({ step: 5, timeslots: 6, groupHeight: '48px' });
    expect(gridRows(15)).toEqual({ step: 15, timeslots: 2, groupHeight: '48px' });
    expect(gridRows(20)).toEqual({ step: 20, timeslots: 3, groupHeight: '96px' });
    expect(gridRows(30)).toEqual({ step: 30, timeslots: 1, groupHeight: '48px' });
  });
});
