import { describe, expect, it } from 'vitest';
import { HOLIDAY_REGIONS } from '../../electron/api/common/schemas/practice.js';
import { publicHoliday } from '../../electron/services/agenda/holidays.js';

/** Issue 24 point 2: each region has its own public holidays, metropolitan France by default. */
describe('public holidays by region', () => {
  it('closes Good Friday and 26 December in Alsace-Moselle only', () => {
    for (const region of ['57', '67', '68'] as const) {
      expect(publicHoliday('2027-03-26', region)).toMatch(/Vendredi saint/);
      expect(publicHoliday('2027-12-26', region)).not.toBeNull();
    }
    expect(publicHoliday('2027-03-26', 'metropole')).toBeNull();
    expect(publicHoliday('2027-12-26', 'metropole')).toBeNull();
  });

  it('closes each overseas department on its own abolition day, not the others', () => {
    expect(publicHoliday('2027-12-20', 'RE')).toMatch(/esclavage/i);
    expect(publicHoliday('2027-12-20', 'GP')).toBeNull();
    expect(publicHoliday('2027-05-27', 'GP')).toMatch(/esclavage/i);
    expect(publicHoliday('2027-05-27', 'metropole')).toBeNull();
  });

  it('keeps the national holidays in every region', () => {
    for (const region of HOLIDAY_REGIONS) {
      expect(publicHoliday('2027-07-14', region), region).not.toBeNull();
      expect(publicHoliday('2027-05-06', region), region).not.toBeNull(); // Ascension 2027
      expect(publicHoliday('2027-07-15', region), region).toBeNull();
    }
  });
});
