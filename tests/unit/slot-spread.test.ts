import { describe, expect, it } from 'vitest';
import type { Slot } from '../../electron/api/common/schemas/agenda.js';
import { spreadSlots } from '../../electron/services/agenda/slot-finder.js';

const slot = (date: string, time: string): Slot => ({
  practitionerId: 1,
  practitionerName: 'Dr Fontaine',
  date,
  time,
  startsAt: `${date}T${time}:00.000Z`,
  room: '',
  heldForEmergencies: false,
  why: [],
});
// A morning of twelve slots, then an afternoon, then the next days: ranked soonest first.
const ranked = [
  ...['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45', '11:00', '11:15', '11:30', '11:45'].map(
    (time) => slot('2027-05-03', time),
  ),
  slot('2027-05-03', '14:00'),
  slot('2027-05-03', '14:15'),
  slot('2027-05-04', '09:00'),
  slot('2027-05-04', '14:00'),
  slot('2027-05-05', '09:00'),
];

describe('the spread of the slots offered (issue 24 point 6)', () => {
  it('keeps the soonest third, then one per half-day, then the next best, in rank order', () => {
    const offered = spreadSlots(ranked, 6).map((one) => `${one.date} ${one.time}`);
    expect(offered).toEqual([
      '2027-05-03 09:00',
      '2027-05-03 09:15',
      '2027-05-03 14:00',
      '2027-05-04 09:00',
      '2027-05-04 14:00',
      '2027-05-05 09:00',
    ]);
  });

  it('fills with the next best when there are fewer half-days than asked', () => {
    const offered = spreadSlots(ranked.slice(0, 13), 6).map((one) => `${one.date} ${one.time}`);
    expect(offered).toEqual([
      '2027-05-03 09:00',
      '2027-05-03 09:15',
      '2027-05-03 09:30',
      '2027-05-03 09:45',
      '2027-05-03 10:00',
      '2027-05-03 14:00',
    ]);
  });

  it('never offers more than asked, nor a slot twice; an empty list stays empty', () => {
    expect(spreadSlots(ranked, 1).map((one) => one.time)).toEqual(['09:00']);
    expect(spreadSlots(ranked, 100)).toHaveLength(ranked.length);
    expect(new Set(spreadSlots(ranked, 100)).size).toBe(ranked.length);
    expect(spreadSlots([], 10)).toEqual([]);
  });
});
