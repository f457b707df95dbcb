import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parisDayOf, parisStamp, parisToday, shiftDay } from '../../electron/api/common/paris-day.js';
import { patientCreateSchema } from '../../electron/api/common/schemas/patients.js';
import { patientInput } from '../helpers/patients.js';
import { snoozeUntil } from '../../renderer/inbox/snooze-until.js';

/** « Today » is the Paris day, from one helper (issue 22 item 4), tested at 00:30 Paris time. */
describe('the Paris day', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is already the new day at 00:30 in Paris, winter and summer, while UTC is still on the old one', () => {
    // 00:30 on 25 November in Paris is 23:30 UTC on the 24th (UTC+1).
    expect(parisDayOf(Date.UTC(2026, 10, 24, 23, 30))).toBe('2026-11-25');
    // 00:30 on 15 July in Paris is 22:30 UTC on the 14th (UTC+2); so is 01:59.
    expect(parisDayOf(Date.UTC(2026, 6, 14, 22, 30))).toBe('2026-07-15');
    expect(parisDayOf(Date.UTC(2026, 6, 14, 23, 59))).toBe('2026-07-15');
    // And still the old day one minute before midnight in Paris.
    expect(parisDayOf(Date.UTC(2026, 10, 24, 22, 59))).toBe('2026-11-24');
    expect(parisToday(() => Date.UTC(2026, 10, 24, 23, 30))).toBe('2026-11-25');
  });

  it('counts calendar days across the changes of hour and the ends of months and years', () => {
    expect(shiftDay('2026-03-28', 1)).toBe('2026-03-29');
    expect(shiftDay('2026-03-29', 1)).toBe('2026-03-30');
    expect(shiftDay('2026-10-25', 1)).toBe('2026-10-26');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('stamps a file name with the Paris time, to the second', () => {
    expect(parisStamp(Date.UTC(2026, 10, 24, 23, 30, 9))).toBe('2026-11-25-00h30-09');
    expect(parisStamp(Date.UTC(2026, 6, 14, 12, 5, 0), '-')).toBe('2026-07-14-14-05-00');
  });

  it('lets a baby born tonight in Paris be registered at 00:30, not « born in the future »', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 24, 23, 30));
    const born = patientCreateSchema.safeParse(patientInput({ birthDate: '2026-11-25', nir: '' }));
    expect(born.success, JSON.stringify(born.error?.issues)).toBe(true);
    const tomorrow = patientCreateSchema.safeParse(patientInput({ birthDate: '2026-11-26', nir: '' }));
    expect(tomorrow.error?.issues.map((issue) => issue.message)).toContain('date de naissance dans le futur');
  });

  it('the lint refuses a local day cut out of toISOString()', async () => {
    const linter = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });
    const lint = async (code: string) => {
      const [result] = await linter.lintText(code, { filePath: 'electron/services/visits/example.ts' });
      return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax');
    };
    expect(await lint('export const today = new Date().toISOString().slice(0, 10);\n')).toHaveLength(1);
    expect(await lint("export const day = new Date().toISOString().split('T')[0];\n")).toHaveLength(1);
    expect(
      await lint("export const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });\n"),
    ).toHaveLength(1);
    expect(await lint('export const day = isoAt(clock).slice(0, 10);\n')).toHaveLength(1);
    expect(await lint('export const at = new Date().toISOString();\n')).toEqual([]);
  });

  it('snoozes on the Paris clock: « demain 8 h » at 00:30 is the next Paris morning, « lundi » a Monday', () => {
    // Thursday 3 December 2026, 00:30 in Paris (23:30 UTC the day before).
    const halfPastMidnight = Date.UTC(2026, 11, 2, 23, 30);
    expect(snoozeUntil('demain', halfPastMidnight)).toBe('2026-12-04T07:00:00.000Z');
    expect(snoozeUntil('14h', halfPastMidnight)).toBe('2026-12-03T13:00:00.000Z');
    expect(snoozeUntil('lundi', halfPastMidnight)).toBe('2026-12-07T07:00:00.000Z');
    expect(snoozeUntil('1h', halfPastMidnight)).toBe('2026-12-03T00:30:00.000Z');
    // After 14 h it is tomorrow's afternoon; on a Monday, « lundi » is next week's.
    expect(snoozeUntil('14h', Date.UTC(2026, 11, 3, 13, 1))).toBe('2026-12-04T13:00:00.000Z');
    expect(snoozeUntil('lundi', Date.UTC(2026, 11, 7, 9, 0))).toBe('2026-12-14T07:00:00.000Z');
    // Summer: 8 h in Paris is 6 h UTC; the night of the change of hour keeps 8 h on the wall.
    expect(snoozeUntil('demain', Date.UTC(2026, 6, 14, 22, 30))).toBe('2026-07-16T06:00:00.000Z');
    expect(snoozeUntil('demain', Date.UTC(2026, 9, 24, 12, 0))).toBe('2026-10-25T07:00:00.000Z');
  });
});
