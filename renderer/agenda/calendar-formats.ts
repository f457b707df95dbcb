import { format, isSameMonth, isSameYear } from 'date-fns';
import { fr } from 'date-fns/locale';

/**
 * « 30 novembre – 4 décembre 2026 », « 7 – 11 décembre 2026 », « 28 décembre 2026 – 1 janvier 2027 »:
 * the day before the month, as French writes it (react-big-calendar's default said « novembre 30 –
 * décembre 04 », issue 22).
 */
export function weekRangeTitle(start: Date, end: Date): string {
  const last = format(end, 'd MMMM yyyy', { locale: fr });
  if (!isSameYear(start, end)) return `${format(start, 'd MMMM yyyy', { locale: fr })} – ${last}`;
  if (!isSameMonth(start, end)) return `${format(start, 'd MMMM', { locale: fr })} – ${last}`;
  return `${format(start, 'd', { locale: fr })} – ${last}`;
}

/** The calendar's words in French order: « lun. 30/11 » over a column, « mercredi 2 décembre 2026 » over a day. */
export const CALENDAR_FORMATS = {
  dayRangeHeaderFormat: ({ start, end }: { start: Date; end: Date }) => weekRangeTitle(start, end),
  dayHeaderFormat: (date: Date) => format(date, 'EEEE d MMMM yyyy', { locale: fr }),
  dayFormat: (date: Date) => format(date, 'EEE dd/MM', { locale: fr }),
  timeGutterFormat: (date: Date) => format(date, 'HH:mm'),
};

/**
 * The calendar's rows on the practice's grid: a labelled group every half-hour (every hour for a
 * 20-minute grid, which does not divide it), half an hour kept 48 px high whatever the grid.
 */
export function gridRows(gridMinutes: number) {
  const groupMinutes = 30 % gridMinutes === 0 ? 30 : 60;
  return { step: gridMinutes, timeslots: groupMinutes / gridMinutes, groupHeight: `${(48 * groupMinutes) / 30}px` };
}
