import { CATEGORY_LABELS, type CategoryCode } from '../../electron/api/common/schemas/inbox-protocol';

export { CATEGORY_LABELS };

export const CATEGORY_COLORS: Readonly<Record<CategoryCode, string>> = {
  'urgence-immediate': 'red',
  'urgence-jour': 'orange',
  'semi-urgent': 'yellow',
  correspondance: 'blue',
  programme: 'teal',
  administratif: 'grape',
  'rendez-vous': 'cyan',
  'hors-champ': 'gray',
};

/** « 12 min », « 3 h 05 », « en retard de 20 min »: the time left to handle a message. */
export function timeLeft(dueAt: string | null, now: number): { text: string; overdue: boolean } | null {
  if (!dueAt) return null;
  const minutes = Math.round((Date.parse(dueAt) - now) / 60_000);
  const span = (total: number) => {
    const abs = Math.abs(total);
    if (abs < 60) return `${abs} min`;
    if (abs < 48 * 60) return `${Math.floor(abs / 60)} h ${String(abs % 60).padStart(2, '0')}`;
    return `${Math.round(abs / 1440)} j`;
  };
  return minutes < 0 ? { text: `retard ${span(minutes)}`, overdue: true } : { text: span(minutes), overdue: false };
}
