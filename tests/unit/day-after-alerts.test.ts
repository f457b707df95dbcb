import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DAY_AFTER_THRESHOLDS,
  type DayAfterAnswers,
} from '../../electron/api/common/schemas/day-after-calls.js';
import { alertsFor, categoryOf } from '../../electron/services/day-after-calls/alerts.js';

/**
 * Issue 26 item 3: the J+1 answers judged against the practice's thresholds. Tested by
 * transformation: from a reassuring call, each single change must raise its own alert and no
 * other, at the threshold and not below it, and changes together raise the union of their alerts.
 */
const reassuring: DayAfterAnswers = {
  pain: 3,
  temperature: 37.2,
  bleeding: 'tache',
  fingerColour: 'rose',
  warmth: 'chaud',
  feeling: 'normale',
  nausea: true,
  dressing: 'tache',
  questions: '',
};

const CHANGES: [string, Partial<DayAfterAnswers>, RegExp, 'urgence-immediate' | 'urgence-jour'][] = [
  ['pain at the threshold', { pain: 7 }, /douleur 7\/10 \(seuil 7\)/, 'urgence-jour'],
  ['pain at its worst', { pain: 10 }, /douleur 10\/10/, 'urgence-jour'],
  ['fever at the threshold', { temperature: 38 }, /température 38 °C/, 'urgence-jour'],
  ['fever above', { temperature: 38.6 }, /température 38,6 °C/, 'urgence-jour'],
  ['bleeding through', { bleeding: 'traverse' }, /saignement qui traverse/, 'urgence-jour'],
  ['white finger', { fingerColour: 'pale' }, /doigt pâle ou blanc/, 'urgence-immediate'],
  ['blue finger', { fingerColour: 'violace' }, /violacé/, 'urgence-immediate'],
  ['cold finger', { warmth: 'froid' }, /doigt froid/, 'urgence-immediate'],
  ['newly numb', { feeling: 'engourdi-nouveau' }, /ne sent plus/, 'urgence-jour'],
];

describe('J+1 alerts', () => {
  it('says nothing of a reassuring call, nausea and a stained dressing included', () => {
    expect(alertsFor(reassuring, DEFAULT_DAY_AFTER_THRESHOLDS, 'walant')).toEqual([]);
    expect(categoryOf([])).toBeNull();
  });

  for (const [name, change, reason, category] of CHANGES)
    it(`raises one alert, and only it, for ${name}`, () => {
      const alerts = alertsFor({ ...reassuring, ...change }, DEFAULT_DAY_AFTER_THRESHOLDS, 'general');
      expect(alerts).toHaveLength(1);
      expect(alerts[0]?.reason).toMatch(reason);
      expect(categoryOf(alerts)).toBe(category);
    });

  it('stays quiet just below each threshold, and follows thresholds the practice moved', () => {
    expect(alertsFor({ ...reassuring, pain: 6, temperature: 37.9 }, DEFAULT_DAY_AFTER_THRESHOLDS, 'walant')).toEqual(
      [],
    );
    const stricter = { ...DEFAULT_DAY_AFTER_THRESHOLDS, painAtLeast: 5, temperatureAtLeast: 37.8 };
    const alerts = alertsFor({ ...reassuring, pain: 6, temperature: 37.9 }, stricter, 'walant');
    expect(alerts.map((alert) => alert.reason)).toEqual([
      'douleur 6/10 (seuil 5)',
      'température 37,9 °C (seuil 37,8 °C)',
    ]);
  });

  it('takes no temperature as unknown, not as normal or as fever', () => {
    expect(alertsFor({ ...reassuring, temperature: null }, DEFAULT_DAY_AFTER_THRESHOLDS, 'walant')).toEqual([]);
  });

  it('expects a numb hand only after a regional block', () => {
    const stillAsleep = { ...reassuring, feeling: 'engourdi-attendu' as const };
    expect(alertsFor(stillAsleep, DEFAULT_DAY_AFTER_THRESHOLDS, 'regional')).toEqual([]);
    for (const anaesthesia of ['walant', 'general'] as const)
      expect(alertsFor(stillAsleep, DEFAULT_DAY_AFTER_THRESHOLDS, anaesthesia)[0]?.reason).toMatch(/sans bloc/);
  });

  it('raises the union of the alerts of changes made together, the most urgent level first', () => {
    for (let first = 0; first < CHANGES.length; first++)
      for (let second = first + 1; second < CHANGES.length; second++) {
        const [, a, , categoryA] = CHANGES[first] ?? [];
        const [, b, , categoryB] = CHANGES[second] ?? [];
        // Two changes of the same answer cannot be made together.
        if (Object.keys(a ?? {})[0] === Object.keys(b ?? {})[0]) continue;
        const alerts = alertsFor({ ...reassuring, ...a, ...b }, DEFAULT_DAY_AFTER_THRESHOLDS, 'general');
        expect(alerts).toHaveLength(2);
        expect(categoryOf(alerts)).toBe(
          categoryA === 'urgence-immediate' || categoryB === 'urgence-immediate' ? 'urgence-immediate' : 'urgence-jour',
        );
      }
  });
});
