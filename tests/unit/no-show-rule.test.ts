import { describe, expect, it } from 'vitest';
import { noShowRefusal, undoNoShowRefusal } from '../../electron/api/common/no-show.js';

/** Issue 24 point 14: the one rule the server and the buttons share. */
describe('when a no-show may be noted and taken back', () => {
  const appointment = { date: '2026-12-03', time: '09:30' }; // winter: Paris is UTC+1

  it('refuses before the appointment time and names it, allows from that minute on', () => {
    expect(noShowRefusal(appointment, Date.parse('2026-12-03T08:29:59Z'))).toMatch(/09:30.*pas encore commencé/);
    expect(noShowRefusal(appointment, Date.parse('2026-12-03T08:30:00Z'))).toBeNull();
    expect(noShowRefusal(appointment, Date.parse('2026-12-04T10:00:00Z'))).toBeNull();
  });

  it('reads the Paris hour, not UTC (summer time: UTC+2)', () => {
    const summer = { date: '2027-07-01', time: '09:30' };
    expect(noShowRefusal(summer, Date.parse('2027-07-01T07:29:00Z'))).not.toBeNull();
    expect(noShowRefusal(summer, Date.parse('2027-07-01T07:30:00Z'))).toBeNull();
  });

  it('lets the undo be done the Paris day of the appointment only, even at 00:30 the next day', () => {
    expect(undoNoShowRefusal(appointment, Date.parse('2026-12-03T22:59:00Z'))).toBeNull(); // 23:59 Paris
    expect(undoNoShowRefusal(appointment, Date.parse('2026-12-03T23:30:00Z'))).toMatch(/jour du rendez-vous/); // 00:30 on the 4th
    expect(undoNoShowRefusal(appointment, Date.parse('2026-12-02T22:30:00Z'))).toMatch(/jour du rendez-vous/); // 23:30 the day before
    expect(undoNoShowRefusal(appointment, Date.parse('2026-12-02T23:30:00Z'))).toBeNull(); // 00:30 that day
  });
});
