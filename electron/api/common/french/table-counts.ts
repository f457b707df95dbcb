import { countOf } from './plural.js';

/** What each counted table holds, in the words of the practice (singular, plural). */
const TABLE_WORDS: Readonly<Record<string, readonly [string, string?]>> = {
  patients: ['patient'],
  visits: ['consultation'],
  documents: ['document'],
  letters: ['courrier'],
  agenda_appointments: ['rendez-vous', 'rendez-vous'],
  mail_messages: ['message'],
  users: ['compte'],
  audit_log: ['entrée du journal', 'entrées du journal'],
};

/**
 * A backup's row counts said in French (issue 22 item 16): « 12 patients, 1 consultation, … »
 * rather than table names; a table Paume does not name yet keeps its own name.
 */
export function tableCountsSentence(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([table, count]) => {
      const words = TABLE_WORDS[table];
      return words ? countOf(count, words[0], words[1]) : `${table} ${count}`;
    })
    .join(', ');
}
