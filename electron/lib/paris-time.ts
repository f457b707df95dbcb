import { Temporal } from 'temporal-polyfill';

/**
 * The practice's time, Europe/Paris, through the Temporal polyfill (issue 12): a local time of day
 * becomes an instant by the zone's rules, so 09:00 stays 09:00 across the last Sundays of March
 * and October, and "in 72 hours" is counted on real time. No hand-written calendar arithmetic.
 */
export const ZONE = 'Europe/Paris';

export const instantOf = (date: string, time: string): string =>
  Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(ZONE, { disambiguation: 'later' })
    .toInstant()
    .toString();

export const epochOf = (date: string, time: string): number =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE, { disambiguation: 'later' }).epochMilliseconds;

export function localOf(epochMs: number): { date: string; time: string } {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(ZONE);
  return { date: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }) };
}

/** A local time of day plus minutes of real time (a 30-minute slot over a change of hour stays 30 minutes). */
export const addMinutes = (date: string, time: string, minutes: number): number =>
  Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE, { disambiguation: 'later' }).add({ minutes })
    .epochMilliseconds;

/**
 * Local minutes since midnight → instant, for one day. On an ordinary day the zone's offset (read
 * from Temporal at midnight and at the day's end) is the same all day, and minutes are added to
 * midnight; on the two days a year the offset changes, each time goes through Temporal.
 */
export function dayClock(date: string): (minutes: number) => number {
  const midnight = epochOf(date, '00:00');
  const lastMinute = epochOf(date, '23:59');
  if (lastMinute - midnight === (23 * 60 + 59) * 60_000) return (minutes) => midnight + minutes * 60_000;
  return (minutes) =>
    epochOf(date, `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
}

/** 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string): number => Temporal.PlainDate.from(date).dayOfWeek;

export const nextDay = (date: string, days = 1): string => Temporal.PlainDate.from(date).add({ days }).toString();

export const todayAt = (epochMs: number): string => localOf(epochMs).date;

export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A calendar date so many days, weeks or months after another; a month after 31 January is the
 * month's last day (28 or 29 February), not 3 March.
 */
export const dateAfter = (date: string, amount: number, unit: 'days' | 'weeks' | 'months'): string =>
  Temporal.PlainDate.from(date)
    .add({ [unit]: amount }, { overflow: 'constrain' })
    .toString();
