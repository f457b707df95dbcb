import { describe, expect, it } from 'vitest';
import { tableCountsSentence } from '../../electron/api/common/french/table-counts.js';

describe('tableCountsSentence', () => {
  it('says the counts in the practice’s words, with French plurals', () => {
    expect(tableCountsSentence({ patients: 1, visits: 2, agenda_appointments: 3, audit_log: 1 })).toBe(
      '1 patient, 2 consultations, 3 rendez-vous, 1 entrée du journal',
    );
  });
  it('keeps the name of a table it does not know', () => {
    expect(tableCountsSentence({ theatre_cases: 4 })).toBe('theatre_cases 4');
  });
});
