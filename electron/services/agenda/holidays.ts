import type Holidays from 'date-holidays';
import { onFirstUse } from '../../lib/first-use.js';
import type { HolidayRegion } from '../../api/common/schemas/practice.js';

/** The public holiday of a day (its French name), or null: one practice region's table. */
export type HolidayOf = (date: string) => string | null;

/**
 * French public holidays from date-holidays, a maintained table: Easter Monday, Ascension and
 * Whit Monday move every year and are not ours to compute (issue 12). Alsace-Moselle adds Good
 * Friday and 26 December, each overseas department its abolition of slavery (issue 24 point 2):
 * the practice's region (Cabinet) picks the table.
 */
const holidaysLibrary = onFirstUse('date-holidays', () => require('date-holidays') as typeof Holidays);
const tables = new Map<HolidayRegion, Holidays>();
const byRegionYear = new Map<string, Map<string, string>>();

function tableOf(region: HolidayRegion): Holidays {
  let table = tables.get(region);
  if (!table) {
    const Library = holidaysLibrary();
    table = region === 'metropole' ? new Library('FR') : new Library('FR', region);
    tables.set(region, table);
  }
  return table;
}

export function publicHoliday(date: string, region: HolidayRegion): string | null {
  const year = Number(date.slice(0, 4));
  const key = `${region} ${String(year)}`;
  let days = byRegionYear.get(key);
  if (!days) {
    days = new Map(
      tableOf(region)
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
    );
    byRegionYear.set(key, days);
  }
  return days.get(date) ?? null;
}

export const holidaysOf =
  (region: HolidayRegion): HolidayOf =>
  (date) =>
    publicHoliday(date, region);
