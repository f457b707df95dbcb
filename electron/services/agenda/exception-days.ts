import { DomainError } from '../../api/common/result.js';
import { nextDay } from '../../lib/paris-time.js';

/** A range longer than a season is more likely a typing error than an absence. */
export const MAX_EXCEPTION_DAYS = 92;

/**
 * The days from `date` to `untilDate` inclusive (issue 24 point 13: a week's absence is one
 * entry, not five). Weekends and holidays are kept: they close nothing more, and a garde over a
 * long weekend opens them.
 */
export function exceptionDays(date: string, untilDate: string | null): string[] {
  if (untilDate === null || untilDate === date) return [date];
  if (untilDate < date)
    throw new DomainError('INVALID_INPUT', '« Jusqu’au » est avant le premier jour.', { untilDate: 'avant le début' });
  const days: string[] = [];
  for (let day = date; day <= untilDate && days.length <= MAX_EXCEPTION_DAYS; day = nextDay(day, 1)) days.push(day);
  if (days.length > MAX_EXCEPTION_DAYS)
    throw new DomainError('INVALID_INPUT', `Au plus ${MAX_EXCEPTION_DAYS} jours à la fois.`, {
      untilDate: 'trop long',
    });
  return days;
}
