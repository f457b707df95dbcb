import { MONTHS_FRENCH } from './calendar-words.js';

/**
 * Numbers and time in a patient's words (issue 23): a temperature written as a number
 * (« 38,7 », « 39°2 », « 38.5 le soir », « T° 38,7 °C ») and the time since an operation
 * (« opéré hier », « il y a dix jours », « le 9 avril », « jeudi dernier »).
 */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

const TEMPERATURE =
  /(?<![\d,.])(3[5-9]|4[0-2])(?:\s?(?:[,.]|°\s?C?)\s?(\d)(?!\d))?(?:\s?°\s?C?|\s?degr[eé]s?)?(?![\d,.]?\d)(?!\s*(?:ans|an\b|kg|g\b|mm|cm|min|mn|h\b|heures|%|€|euros|jours|semaines|mois|ml|mg|bpm|\/))/giu;
/** Words that say a number near them is a temperature. */
const TEMPERATURE_CONTEXT =
  /(fi[eè]vre|temp[ée]rature|temp\b|thermom[eè]tre|t°|°|degr|fever|febrile|f[ée]brile|pris ma temp|frissons)/iu;

/** Temperatures written as numbers: a number from 35 to 42 with a mark of temperature beside it. */
export function temperatures(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(TEMPERATURE)) {
    const [whole, units = '', tenth] = match;
    const start = match.index;
    const end = start + whole.length;
    const around = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 25));
    const marked = /°|degr/i.test(whole) || TEMPERATURE_CONTEXT.test(around);
    // A number with a tenth between 37 and 42 (« 38,5 ») is a temperature in a patient's mail; a
    // whole number needs a word of temperature beside it, or « j'ai 39 », « elle a 39 ».
    const said = /(?:\bj['’]?\s?ai|\bil a|\belle a|\bavait|\bavais|\bfait|\bmont[ée]e? [àa])\s*$/iu.test(
      text.slice(Math.max(0, start - 14), start),
    );
    const decimal = tenth !== undefined && /[,.°]/.test(whole) && Number(units) >= 37;
    if (!marked && !said && !decimal) continue;
    found.push({ start, end, value: Number(units) + (tenth ? Number(tenth) / 10 : 0) });
  }
  return found;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quelques: 3,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
};
const MONTHS: readonly string[] = MONTHS_FRENCH;
// Compiled once: a dated operation is looked for in every sentence that tells of one.
const NAMED_DATE = new RegExp(`\\b(\\d{1,2})(?:er)?\\s(${MONTHS.join('|')})(?:\\s(\\d{4}))?`);
const IN_MONTH = new RegExp(`\\ben\\s(${MONTHS.join('|')})\\b`);
const UNIT_DAYS: Readonly<Record<string, number>> = {
  jour: 1,
  jours: 1,
  j: 1,
  semaine: 7,
  semaines: 7,
  mois: 30,
  an: 365,
  ans: 365,
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
};
const WEEKDAYS =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

const OPERATION =
  /\b(op[ée]r[ée]e?s?|opération|operation|intervention|chirurgie|operated|surgery|aponévrectomie|aponevrectomie|released?)\b/iu;

/** Days since the day named by a French date (« le 9 avril », « du 14/01 », « en décembre »), or null. */
function daysSinceDate(folded: string, sentAt: Date): number | null {
  const numeric = /\b(?:le|du|since)?\s?(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/.exec(folded);
  const named = NAMED_DATE.exec(folded);
  const month = IN_MONTH.exec(folded);
  let when: Date | null = null;
  const year = (raw: string | undefined) =>
    raw ? (raw.length === 2 ? 2000 + Number(raw) : Number(raw)) : sentAt.getUTCFullYear();
  if (numeric) when = new Date(Date.UTC(year(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1])));
  else if (named) when = new Date(Date.UTC(year(named[3]), MONTHS.indexOf(named[2] as string), Number(named[1])));
  else if (month) when = new Date(Date.UTC(sentAt.getUTCFullYear(), MONTHS.indexOf(month[1] as string), 15));
  if (!when || Number.isNaN(when.getTime())) return null;
  // A date later in the year than the message belongs to last year (« opéré le 20 décembre », written in January).
  if (when.getTime() > sentAt.getTime() + 86_400_000) when.setUTCFullYear(when.getUTCFullYear() - 1);
  return Math.round((sentAt.getTime() - when.getTime()) / 86_400_000);
}

/** A quick look before the text is folded: most messages tell of no operation. */
export const mentionsOperation = (text: string): boolean => OPERATION.test(text);

/** A weekday said with the operation (« opérée mardi », « opéré jeudi dernier »), not anywhere in the sentence. */
function nearOperation(sentence: string, pattern: RegExp): boolean {
  const at = sentence.search(OPERATION);
  return at >= 0 && pattern.test(sentence.slice(Math.max(0, at - 20), at + 40));
}

/** Days since an operation the text tells of, sentence by sentence; the smallest, or null. */
export function operatedDaysAgoInText(folded: string, sentAt: Date): number | null {
  if (!OPERATION.test(folded)) return null;
  let best: number | null = null;
  for (const sentence of folded.split(/[.!?\n]\s*(?=\S)|\n\s*\n/)) {
    if (!OPERATION.test(sentence)) continue;
    let days: number | null;
    if (/\b(aujourd hui|ce matin|cet apres midi|ce midi|today|this morning)\b/.test(sentence)) days = 0;
    else if (/\bavant hier\b/.test(sentence)) days = 2;
    else if (/\b(hier|yesterday)\b/.test(sentence)) days = 1;
    else {
      const ago =
        /\b(?:il y a|depuis|ago|since)\s(\d{1,3}|[a-z]+)\s(jours?|j|semaines?|mois|ans?|days?|weeks?|months?)\b/.exec(
          sentence,
        );
      const agoEnglish = /\b(\d{1,3}|[a-z]+)\s(days?|weeks?|months?|jours?|semaines?)\s(?:ago|after|apres)\b/.exec(
        sentence,
      );
      const counted = ago ?? agoEnglish;
      const count = counted
        ? /\d/.test(counted[1] as string)
          ? Number(counted[1])
          : NUMBER_WORDS[counted[1] as string]
        : undefined;
      if (counted && count !== undefined) days = count * (UNIT_DAYS[counted[2] as string] ?? 1);
      else if (/\b(la semaine derniere|last week)\b/.test(sentence)) days = 7;
      else if (nearOperation(sentence, WEEKDAYS)) days = 5;
      else days = daysSinceDate(sentence, sentAt);
      // « le soir de l'opération », « depuis mon opération »: days ago, not said how many.
      if (
        days === null &&
        /\b(le soir de l|au retour de|depuis l|depuis mon|depuis son|since (my|the))\s?(operation|intervention|surgery)/.test(
          sentence,
        )
      )
        days = 2;
    }
    if (days !== null && days >= 0 && (best === null || days < best)) best = days;
  }
  return best;
}
