/**
 * Dates and times as the practice reads them (issue 21): JJ/MM/AAAA, 24 h « 10 h 42 », always on
 * the practice's clock (Europe/Paris) whatever the zone of the machine showing them. Only `Intl`,
 * so the main side and the renderer give the same text.
 */

const PARIS = 'Europe/Paris';
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
// Only a whole ISO timestamp with its zone is an instant; Date.parse would take « 12/03 » for a date.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const PLAIN_TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

const parisParts = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface ParisMoment {
  readonly date: string;
  readonly time: string;
}

/** An instant read in Paris: « 2026-03-01T23:30:00Z » is 02/03/2026 at 00:30 there. */
function inParis(instant: string): ParisMoment | null {
  const epoch = INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(epoch)) return null;
  const part = Object.fromEntries(
    parisParts.formatToParts(new Date(epoch)).map((piece) => [piece.type, piece.value] as const),
  );
  return { date: `${part.day}/${part.month}/${part.year}`, time: `${part.hour} h ${part.minute}` };
}

/**
 * « 12/03/1961 » from an ISO timestamp (read in Paris, not UTC) or from an ISO date (« 1961-03-12 »,
 * taken as written: a birth date has no zone). Empty for nothing; the text itself when it is
 * neither, so a half-typed value is shown rather than lost.
 */
export function frDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = inParis(iso);
  if (instant) return instant.date;
  const plain = PLAIN_DATE.exec(iso);
  return plain ? `${plain[3]}/${plain[2]}/${plain[1]}` : iso;
}

/**
 * « 10 h 42 » from a time of day (« 10:42 », as the agenda stores it) or from an ISO timestamp
 * (read in Paris). Hours keep two digits, « 08 h 00 », as reminders and notices always wrote them.
 */
export function frTime(value: string | null | undefined): string {
  if (!value) return '';
  const plain = PLAIN_TIME.exec(value);
  if (plain) return `${plain[1]} h ${plain[2]}`;
  return inParis(value)?.time ?? value;
}

/** « 02/03/2026 à 00 h 30 » from an ISO timestamp, read in Paris. */
export function frDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const moment = inParis(iso);
  return moment ? `${moment.date} à ${moment.time}` : iso;
}
