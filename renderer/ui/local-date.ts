import { parisToday } from '../../electron/api/common/paris-day';

/**
 * Today as YYYY-MM-DD in Paris, whatever the zone of the machine the browser runs on (issue 22):
 * the one helper of electron/api/common/paris-day.ts, not this machine's own calendar.
 */
export const localIsoToday = () => parisToday();
