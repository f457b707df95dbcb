/**
 * French plurals (issue 21): the singular for 0 and 1 (« 0 message », « 1 message »), the plural
 * from 2. The plural form is given when adding an « s » is not it (« 2 journaux »).
 */

/** The word agreeing with `count`: « envoyé » or « envoyés ». */
export const agree = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  Math.abs(count) >= 2 ? pluralForm : singular;

/** The count and its word: « 1 message », « 3 messages ». */
export const countOf = (count: number, singular: string, pluralForm?: string): string =>
  `${count} ${agree(count, singular, pluralForm)}`;
