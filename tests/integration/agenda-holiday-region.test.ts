import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24 point 2: a practice in Moselle closes on Good Friday and 26 December, a practice in
 * metropolitan France does not; the region is chosen in Cabinet (practice.update) and the finder
 * and the booking follow it at once.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;
const goodFriday = '2027-03-26';

const setRegion = async (holidayRegion: string) => {
  const current = await ok<Record<string, unknown>>(practice.admin.call('practice.get'));
  return practice.admin.call('practice.update', { ...current, holidayRegion });
};

// Thursday 25 March 2027, 08:00 in Paris.
beforeAll(async () => {
  practice = await openAgendaPractice('2027-03-25T07:00:00Z');
  patient = await practice.newPatient();
});
afterAll(() => practice.dispose());

describe('the practice region', () => {
  it('is metropolitan France by default: Good Friday is a day of consultation', async () => {
    expect(await ok(practice.admin.call('practice.get'))).toMatchObject({ holidayRegion: 'metropole' });
    const slots = await practice.find({ practitionerIds: [practice.fontaine], after: goodFriday, limit: 3 });
    expect(slots[0]).toMatchObject({ date: goodFriday, time: '09:00' });
  });

  it('in Moselle closes Good Friday: nothing offered, a booking refused with the holiday named', async () => {
    expect(await setRegion('57')).toMatchObject({ ok: true, value: { holidayRegion: '57' } });
    const slots = await practice.find({ practitionerIds: [practice.fontaine], after: goodFriday, limit: 3 });
    expect(slots.map((slot) => slot.date)).not.toContain(goodFriday);
    // Easter Monday is a holiday everywhere: the next day offered is Tuesday 30 March.
    expect(slots[0]).toMatchObject({ date: '2027-03-30', time: '09:00' });
    const refused = await practice.book({
      patientId: patient,
      practitionerId: practice.fontaine,
      date: goodFriday,
      time: '09:00',
    });
    expect(refused).toMatchObject({ ok: false, error: { fields: { date: expect.stringMatching(/Vendredi saint/) } } });
  });

  it('refuses a region that is not in the list, naming the field, and keeps the one saved', async () => {
    const refused = await setRegion('Bretagne');
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { holidayRegion: expect.any(String) } },
    });
    expect(await ok(practice.admin.call('practice.get'))).toMatchObject({ holidayRegion: '57' });
  });

  it('back to metropolitan France, Good Friday opens again', async () => {
    await ok(setRegion('metropole'));
    expect(
      await ok(
        practice.book({ patientId: patient, practitionerId: practice.fontaine, date: goodFriday, time: '09:00' }),
      ),
    ).toMatchObject({ date: goodFriday, time: '09:00' });
  });
});
