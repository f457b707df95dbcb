import { format } from 'date-fns';

/**
 * Today as YYYY-MM-DD on this machine's calendar, which is the practice's (Europe/Paris).
 * Not `toISOString()`: that is the UTC day, yesterday's date between midnight and 2 a.m. in summer.
 */
export const localIsoToday = () => format(new Date(), 'yyyy-MM-dd');
