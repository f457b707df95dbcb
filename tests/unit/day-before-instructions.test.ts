import { describe, expect, it } from 'vitest';
import {
  arrivalTime,
  fastingFor,
  plannedStarts,
  strictestAnaesthesia,
} from '../../electron/services/day-before-calls/instructions.js';

// Issue 26 item 2: what the J-1 call tells the patient, from the theatre list alone.
describe('the J-1 instructions', () => {
  it('starts each case after the ones before it, from 08:00', () => {
    expect(
      plannedStarts([
        { estimatedMinutes: 45, turnoverMinutes: 15 },
        { estimatedMinutes: 90, turnoverMinutes: 20 },
        { estimatedMinutes: 30, turnoverMinutes: 15 },
      ]),
    ).toEqual(['08:00', '09:00', '10:50']);
    expect(plannedStarts([])).toEqual([]);
  });

  it('asks a patient under a block an hour ahead, under WALANT half an hour, never before midnight', () => {
    expect(arrivalTime('09:00', 'walant')).toBe('08:30');
    expect(arrivalTime('09:00', 'regional')).toBe('08:00');
    expect(arrivalTime('00:20', 'general')).toBe('00:00');
  });

  it('follows the more demanding of the planned and the chosen anaesthesia', () => {
    expect(strictestAnaesthesia('walant', 'general')).toBe('general');
    expect(strictestAnaesthesia('general', 'walant')).toBe('general');
    expect(strictestAnaesthesia('regional', null)).toBe('regional');
    expect(fastingFor('walant')).toMatch(/Pas de jeûne/);
    expect(fastingFor('regional')).toMatch(/À jeun/);
  });
});
