import type { HolidayOf } from './holidays.js';
import { epochOf, minutesOf, nextDay, weekdayOf } from '../../lib/paris-time.js';
import type { ExceptionRow, PeriodRow } from './store.js';

/** An opening of one practitioner on one day, in local minutes since midnight. */
export interface Opening {
  readonly start: number;
  readonly end: number;
  readonly room: string;
  readonly held: boolean;
  /** When a held opening is released to everyone (epoch ms), or null if it never is. */
  readonly releasedAt: number | null;
  /** An on-call period open to the emergency motifs only (issue 24). */
  readonly emergencyOnly: boolean;
}

const appliesTo = (exception: ExceptionRow, practitionerId: number) =>
  exception.practitioner_id === null || exception.practitioner_id === practitionerId;

/** What is left of [start, end) pieces once the given spans are taken out. */
function cut(pieces: [number, number][], spans: readonly (readonly [number, number])[]): [number, number][] {
  let left = pieces;
  for (const [cutStart, cutEnd] of spans)
    left = left.flatMap(([start, end]): [number, number][] =>
      cutEnd <= start || cutStart >= end
        ? [[start, end]]
        : (
            [
              [start, Math.min(end, cutStart)],
              [Math.max(start, cutEnd), end],
            ] as [number, number][]
          ).filter(([from, to]) => to > from),
    );
  return left;
}

/** Why a day has no opening: a public holiday, or the practice's own exception. */
export function closedBecause(
  date: string,
  practitionerId: number,
  exceptions: readonly ExceptionRow[],
  holidayOf: HolidayOf,
): string | null {
  const holiday = holidayOf(date);
  if (holiday) return `jour férié (${holiday})`;
  const whole = exceptions.find(
    (exception) =>
      exception.start_time === null && appliesTo(exception, practitionerId) && exception.kind !== 'on-call',
  );
  return whole ? exceptionName(whole) : null;
}

const EXCEPTION_KINDS: Readonly<Record<string, string>> = {
  holiday: 'fermeture',
  absence: 'absence',
  theatre: 'journée de bloc',
  'on-call': 'garde',
};

/** An exception as the practice names it: « absence (congrès) », « fermeture ». */
export const exceptionName = (exception: ExceptionRow): string =>
  `${EXCEPTION_KINDS[exception.kind] ?? exception.kind}${exception.label ? ` (${exception.label})` : ''}`;

/** An exception that closes hours (all but an on-call period) covers this practitioner's [start, end) minutes. */
export function exceptionCovers(exception: ExceptionRow, practitionerId: number, start: number, end: number): boolean {
  if (exception.kind === 'on-call' || !appliesTo(exception, practitionerId)) return false;
  if (exception.start_time === null || exception.end_time === null) return true;
  return start < minutesOf(exception.end_time) && end > minutesOf(exception.start_time);
}

/**
 * The openings of a practitioner on a day: the weekly periods valid that day, less the hours an
 * exception takes (absence in the afternoon, theatre in the morning), none on a holiday or a
 * closed day; then the on-call periods of that day, which open even on a holiday or a Sunday
 * (issue 24: a hand-emergency centre works then) where no weekly period already opens.
 */
export function openingsOn(
  date: string,
  practitionerId: number,
  periods: readonly PeriodRow[],
  exceptions: readonly ExceptionRow[],
  days: DaysAround,
): Opening[] {
  const openings = closedBecause(date, practitionerId, exceptions, days.holidayOf)
    ? []
    : weeklyOpenings(date, practitionerId, periods, exceptions, (rule) =>
        rule === 'day-before-17' ? dayBeforeRelease(date, practitionerId, periods, days) : releaseEpoch(date, rule),
      );
  const weekly = openings.map((opening) => [opening.start, opening.end] as const);
  for (const exception of exceptions) {
    if (exception.kind !== 'on-call' || !appliesTo(exception, practitionerId)) continue;
    if (exception.start_time === null || exception.end_time === null) continue;
    const span: [number, number] = [minutesOf(exception.start_time), minutesOf(exception.end_time)];
    for (const [start, end] of cut([span], weekly))
      openings.push({
        start,
        end,
        room: '',
        held: false,
        releasedAt: null,
        emergencyOnly: exception.on_call_scope !== 'all',
      });
  }
  return openings.sort((a, b) => a.start - b.start);
}

function weeklyOpenings(
  date: string,
  practitionerId: number,
  periods: readonly PeriodRow[],
  exceptions: readonly ExceptionRow[],
  release: (rule: Release) => number,
): Opening[] {
  const weekday = weekdayOf(date);
  const cuts = exceptions
    .filter(
      (exception) =>
        exception.start_time !== null &&
        exception.end_time !== null &&
        exception.kind !== 'on-call' &&
        appliesTo(exception, practitionerId),
    )
    .map(
      (exception) => [minutesOf(exception.start_time ?? '00:00'), minutesOf(exception.end_time ?? '00:00')] as const,
    );
  const openings: Opening[] = [];
  for (const period of periods) {
    if (
      period.weekday !== weekday ||
      period.valid_from > date ||
      (period.valid_until !== null && period.valid_until < date)
    )
      continue;
    for (const [start, end] of cut([[minutesOf(period.start_time), minutesOf(period.end_time)]], cuts))
      openings.push({
        start,
        end,
        room: period.room,
        held: period.held_for_emergencies === 1,
        releasedAt: period.held_for_emergencies === 1 && period.release ? release(period.release) : null,
        emergencyOnly: false,
      });
  }
  return openings;
}

/** The exceptions of another day (the look back for a release « la veille »). */
export type ExceptionsOf = (date: string) => readonly ExceptionRow[];
/** The practice's own rules for its calendar: its region's holidays, its grid (Cabinet, issue 24). */
export interface PracticeCalendar {
  readonly holidayOf: HolidayOf;
  /** Every appointment starts on a multiple of these minutes from midnight. */
  readonly gridMinutes: number;
}

/** The first minute on the grid at or after `minutes`. */
export const onGrid = (minutes: number, grid: number): number => Math.ceil(minutes / grid) * grid;

/** What the days around one are: the practice's holidays, and their exceptions (read when needed). */
export interface DaysAround {
  readonly holidayOf: HolidayOf;
  readonly exceptionsOf: ExceptionsOf;
}
type Release = NonNullable<PeriodRow['release']>;

/** How far back the last day of consultation is looked for (a fortnight's holiday at most). */
const LOOK_BACK_DAYS = 14;

/**
 * The practitioner's last day of consultation before `date`: a day with a weekly period, not a
 * holiday, not closed, not entirely taken by an exception (on-call days do not count: nobody
 * is at the desk to give the slot). Null when there is none within a fortnight.
 */
export function lastOpenDayBefore(
  date: string,
  practitionerId: number,
  periods: readonly PeriodRow[],
  days: DaysAround,
): string | null {
  for (let back = 1; back <= LOOK_BACK_DAYS; back += 1) {
    const day = nextDay(date, -back);
    const exceptions = days.exceptionsOf(day);
    if (closedBecause(day, practitionerId, exceptions, days.holidayOf)) continue;
    if (weeklyOpenings(day, practitionerId, periods, exceptions, () => 0).length > 0) return day;
  }
  return null;
}

/**
 * Issue 24 point 3: « la veille à 17 h » is 17:00 on the practitioner's last day of consultation
 * (Friday for a Monday), not Sunday; the calendar day before when none is found.
 */
function dayBeforeRelease(
  date: string,
  practitionerId: number,
  periods: readonly PeriodRow[],
  days: DaysAround,
): number {
  const lastOpen = lastOpenDayBefore(date, practitionerId, periods, days);
  return lastOpen === null ? releaseEpoch(date, 'day-before-17') : epochOf(lastOpen, '17:00');
}

/** When a slot held for emergencies is released to everyone, on the calendar (the day before, or the same day). */
export function releaseEpoch(date: string, rule: 'day-before-17' | 'same-day-11'): number {
  return rule === 'day-before-17' ? epochOf(nextDay(date, -1), '17:00') : epochOf(date, '11:00');
}
