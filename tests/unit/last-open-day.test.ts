import { describe, expect, it } from 'vitest';
import { lastOpenDayBefore, openingsOn } from '../../electron/services/agenda/schedule.js';
import type { ExceptionRow, PeriodRow } from '../../electron/services/agenda/store.js';
import { holidaysOf } from '../../electron/services/agenda/holidays.js';

/** Issue 24 point 3: « la veille » is the last day of consultation, across weekends and holidays. */
const period = (weekday: number, extra: Partial<PeriodRow> = {}): PeriodRow => ({
  id: weekday,
  practitioner_id: 1,
  weekday,
  start_time: '09:00',
  end_time: '12:00',
  room: '',
  held_for_emergencies: 0,
  release: null,
  valid_from: '2026-01-01',
  valid_until: null,
  ...extra,
});
const weekdays = [1, 2, 3, 4, 5].map((weekday) => period(weekday));
const metropole = holidaysOf('metropole');
const none = { holidayOf: metropole, exceptionsOf: () => [] };
const only = (exceptionsOf: (date: string) => ExceptionRow[]) => ({ holidayOf: metropole, exceptionsOf });

describe('the last day of consultation before a day', () => {
  it('is Friday for a Monday, Monday for a Tuesday', () => {
    expect(lastOpenDayBefore('2027-06-07', 1, weekdays, none)).toBe('2027-06-04');
    expect(lastOpenDayBefore('2027-06-08', 1, weekdays, none)).toBe('2027-06-07');
  });

  it('skips a public holiday (Whit Monday 2027) and a whole-day absence, not a half-day one', () => {
    expect(lastOpenDayBefore('2027-05-18', 1, weekdays, none)).toBe('2027-05-14');
    const absence = (date: string, start: string | null): ExceptionRow => ({
      id: 1,
      practitioner_id: 1,
      date,
      start_time: start,
      end_time: start ? '10:00' : null,
      kind: 'absence',
      label: '',
      on_call_scope: 'emergency',
    });
    expect(
      lastOpenDayBefore(
        '2027-06-08',
        1,
        weekdays,
        only((d) => (d === '2027-06-07' ? [absence(d, null)] : [])),
      ),
    ).toBe('2027-06-04');
    expect(
      lastOpenDayBefore(
        '2027-06-08',
        1,
        weekdays,
        only((d) => (d === '2027-06-07' ? [absence(d, '09:00')] : [])),
      ),
    ).toBe('2027-06-07');
  });

  it('is none for a practitioner who consults once a month: the calendar day before is kept', () => {
    const once = [period(3, { valid_from: '2027-06-09', valid_until: '2027-06-09' })];
    expect(lastOpenDayBefore('2027-06-09', 1, once, none)).toBeNull();
    const held = [
      ...once,
      period(3, {
        id: 9,
        start_time: '14:00',
        end_time: '15:00',
        held_for_emergencies: 1,
        release: 'day-before-17',
        valid_from: '2027-06-09',
        valid_until: '2027-06-09',
      }),
    ];
    const afternoon = openingsOn('2027-06-09', 1, held, [], none).find((opening) => opening.held);
    expect(afternoon?.releasedAt).toBe(Date.parse('2027-06-08T15:00:00Z')); // Tuesday 17:00 in Paris
  });

  it('gives the held opening its release at 17:00 on that day, in Paris time', () => {
    const held = [
      ...weekdays,
      period(1, { id: 9, start_time: '14:00', end_time: '15:00', held_for_emergencies: 1, release: 'day-before-17' }),
    ];
    const monday = openingsOn('2027-06-07', 1, held, [], none).find((opening) => opening.held);
    expect(monday?.releasedAt).toBe(Date.parse('2027-06-04T15:00:00Z'));
  });

  it('counts the practice region: Good Friday is no day of consultation in Moselle, it is in Paris', () => {
    // Easter 2027 is 28 March: Good Friday the 26th, Easter Monday the 29th (a holiday everywhere).
    expect(lastOpenDayBefore('2027-03-30', 1, weekdays, none)).toBe('2027-03-26');
    const moselle = { holidayOf: holidaysOf('57'), exceptionsOf: () => [] };
    expect(lastOpenDayBefore('2027-03-30', 1, weekdays, moselle)).toBe('2027-03-25');
  });
});
