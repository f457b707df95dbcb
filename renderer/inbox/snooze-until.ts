import { parisDayOf, parisMoment, parisWeekday, shiftDay } from '../../electron/api/common/paris-day';

/**
 * The end of a « Plus tard », read on the Paris clock whatever the seat's own time zone: after
 * midnight, « demain 8 h » is the next Paris morning, not the one a few minutes away.
 */
export function snoozeUntil(choice: string, from = Date.now()): string {
  if (choice === '1h') return new Date(from + 3_600_000).toISOString();
  const today = parisDayOf(from);
  if (choice === '14h') {
    const afternoon = parisMoment(today, '14:00');
    return new Date(afternoon > from ? afternoon : parisMoment(shiftDay(today, 1), '14:00')).toISOString();
  }
  const days = choice === 'lundi' ? 8 - parisWeekday(today) : 1;
  return new Date(parisMoment(shiftDay(today, days), '08:00')).toISOString();
}
