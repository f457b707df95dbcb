import { epochOf, nextDay, todayAt, weekdayOf } from '../../lib/paris-time.js';

/**
 * « Today » and every local day, for the server and the renderer alike (issue 22 item 4): the
 * Paris day, from the one implementation in lib/paris-time (Temporal). Never a day cut
 * out of `toISOString()`, which is the UTC day: yesterday between midnight and 1 a.m.
 * (2 a.m. in summer). The lint refuses that form in electron/, renderer/ and db/.
 */
export const parisDayOf = (epochMs: number): string => todayAt(epochMs);

/** The Paris day now (or at the clock given: the services pass theirs, the tests a fixed one). */
export const parisToday = (now: () => number = Date.now): string => todayAt(now());

/** A calendar day `days` after (or before) an ISO date, whatever the changes of hour between. */
export const shiftDay = (date: string, days: number): string => nextDay(date, days);

/** The instant of a Paris wall-clock time on a Paris day (« demain 8 h » is 8 h in Paris). */
export const parisMoment = (date: string, time: string): number => epochOf(date, time);

/** 1 = Monday … 7 = Sunday, for a Paris day. */
export const parisWeekday = (date: string): number => weekdayOf(date);

const STAMP_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * A moment in Paris, to the second, for a file name a person reads (« 2026-11-24-14h05-09 »);
 * `hour` is what goes between the hour and the minutes (« h », or « - » for a plainer name).
 */
export function parisStamp(epochMs: number, hour = 'h'): string {
  const part = Object.fromEntries(STAMP_PARTS.formatToParts(epochMs).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}-${part.hour}${hour}${part.minute}-${part.second}`;
}
