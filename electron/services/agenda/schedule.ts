import { publicHoliday } from './holidays.js';
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
}

/** Why a day has no opening: a public holiday, or the practice's own exception. */
export function closedBecause(
  date: string,
  practitionerId: number,
  exceptions: readonly ExceptionRow[],
): string | null {
  const holiday = publicHoliday(date);
  if (holiday) return `jour férié (${holiday})`;
  const whole = exceptions.find(
    (exception) =>
      exception.start_time === null &&
      (exception.practitioner_id === null || exception.practitioner_id === practitionerId) &&
      exception.kind !== 'on-call',
  );
  if (!whole) return null;
  const kinds: Record<string, string> = {
    holiday: 'fermeture',
    absence: 'absence',
    theatre: 'journée de bloc',
    'on-call': 'garde',
  };
  return `${kinds[whole.kind] ?? whole.kind}${whole.label ? ` (${whole.label})` : ''}`;
}

/**
 * The openings of a practitioner on a day: the weekly periods valid that day, less the hours an
 * exception takes (absence in the afternoon, theatre in the morning); none on a holiday.
 */
export function openingsOn(
  date: string,
  practitionerId: number,
  periods: readonly PeriodRow[],
  exceptions: readonly ExceptionRow[],
): Opening[] {
  if (closedBecause(date, practitionerId, exceptions)) return [];
  const weekday = weekdayOf(date);
  const cuts = exceptions
    .filter(
      (exception) =>
        exception.start_time !== null &&
        exception.end_time !== null &&
        exception.kind !== 'on-call' &&
        (exception.practitioner_id === null || exception.practitioner_id === practitionerId),
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
    let pieces: [number, number][] = [[minutesOf(period.start_time), minutesOf(period.end_time)]];
    for (const [cutStart, cutEnd] of cuts)
      pieces = pieces.flatMap(([start, end]): [number, number][] =>
        cutEnd <= start || cutStart >= end
          ? [[start, end]]
          : (
              [
                [start, Math.min(end, cutStart)],
                [Math.max(start, cutEnd), end],
              ] as [number, number][]
            ).filter(([from, to]) => to > from),
      );
    for (const [start, end] of pieces)
      openings.push({
        start,
        end,
        room: period.room,
        held: period.held_for_emergencies === 1,
        releasedAt: period.held_for_emergencies === 1 && period.release ? releaseEpoch(date, period.release) : null,
      });
  }
  return openings.sort((a, b) => a.start - b.start);
}

/** When a slot held for emergencies is released to everyone. */
export function releaseEpoch(date: string, rule: 'day-before-17' | 'same-day-11'): number {
  return rule === 'day-before-17' ? epochOf(nextDay(date, -1), '17:00') : epochOf(date, '11:00');
}
