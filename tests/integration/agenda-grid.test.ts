import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24 point 10: appointments start on the practice's grid (5 minutes by default), and the
 * finder packs after an appointment of another length instead of going back to the period's
 * rhythm. Dr Fontaine consults 09:00–11:00 (then 11:00–12:00 held); « Plâtre » lasts 20 minutes,
 * « Consultation » 30.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patients: number[];
const tuesday = '2027-06-08';
const slotsOf = async (extra: Record<string, unknown> = {}) =>
  (await practice.find({ practitionerIds: [practice.fontaine], after: tuesday, mornings: true, limit: 12, ...extra }))
    .filter((slot) => slot.date === tuesday && !slot.heldForEmergencies)
    .map((slot) => slot.time);
const setGrid = async (agendaGridMinutes: number) => {
  const current = await ok<Record<string, unknown>>(practice.admin.call('practice.get'));
  return practice.admin.call('practice.update', { ...current, agendaGridMinutes });
};

// Monday 7 June 2027, 08:00 in Paris.
beforeAll(async () => {
  practice = await openAgendaPractice('2027-06-07T06:00:00Z');
  patients = [await practice.newPatient(), await practice.newPatient(), await practice.newPatient()];
});
afterAll(() => practice.dispose());

describe('the grid of the agenda', () => {
  it('is 5 minutes by default: 09:07 is refused with the two nearest times named, 09:05 is not', async () => {
    expect(await ok(practice.admin.call('practice.get'))).toMatchObject({ agendaGridMinutes: 5 });
    const refused = await practice.book({
      patientId: patients[0],
      practitionerId: practice.fontaine,
      date: '2027-06-09',
      time: '09:07',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('09 h 05 ou 09 h 10'), fields: { time: 'hors de la grille' } },
    });
    expect(
      await ok(
        practice.book({ patientId: patients[0], practitionerId: practice.fontaine, date: '2027-06-09', time: '09:05' }),
      ),
    ).toMatchObject({ time: '09:05' });
  });

  it('a free morning is offered in the motif’s rhythm from the period’s start', async () => {
    expect(await slotsOf()).toEqual(['09:00', '09:30', '10:00', '10:30']);
  });

  it('after a 20-minute appointment at 09:00 a 30-minute motif starts at 09:20, not 09:30', async () => {
    await ok(
      practice.book({
        patientId: patients[1],
        practitionerId: practice.fontaine,
        motifId: practice.plaster,
        date: tuesday,
        time: '09:00',
      }),
    );
    expect(await slotsOf()).toEqual(['09:20', '09:50', '10:20']);
  });

  it('after an appointment off the rhythm (10:05–10:35), the next starts where it ends', async () => {
    await ok(
      practice.book({ patientId: patients[2], practitionerId: practice.fontaine, date: tuesday, time: '10:05' }),
    );
    // 09:20 and then 09:50–10:20 would overlap 10:05; 10:35–11:05 runs past the period.
    expect(await slotsOf()).toEqual(['09:20']);
    expect(await slotsOf({ motifId: practice.plaster })).toEqual(['09:20', '09:40', '10:35']);
  });

  it('on a 15-minute grid, starts round up to it (09:20 → 09:30; 10:35 → 10:45, too late), 09:05 is refused', async () => {
    expect(await setGrid(15)).toMatchObject({ ok: true, value: { agendaGridMinutes: 15 } });
    // 09:30–09:50, then 10:00 would overlap 10:05, and 10:45–11:05 runs past the period.
    expect(await slotsOf({ motifId: practice.plaster })).toEqual(['09:30']);
    const refused = await practice.book({
      patientId: patients[0],
      practitionerId: practice.fontaine,
      date: '2027-06-10',
      time: '09:05',
    });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('toutes les 15 minutes') } });
  });

  it('refuses a grid that is not offered, naming the field', async () => {
    expect(await setGrid(7)).toMatchObject({ ok: false, error: { fields: { agendaGridMinutes: expect.any(String) } } });
    expect(await ok(practice.admin.call('practice.get'))).toMatchObject({ agendaGridMinutes: 15 });
  });
});
