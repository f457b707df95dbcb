import Holidays from 'date-holidays';

/**
 * French public holidays (metropolitan France) from date-holidays, a maintained table: Easter
 * Monday, Ascension and Whit Monday move every year and are not ours to compute (issue 12).
 */
const france = new Holidays('FR');
const byYear = new Map<number, Map<string, string>>();

export function publicHoliday(date: string): string | null {
  const year = Number(date.slice(0, 4));
  let days = byYear.get(year);
  if (!days) {
    days = new Map(
      france
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
    );
    byYear.set(year, days);
  }
  return days.get(date) ?? null;
}
