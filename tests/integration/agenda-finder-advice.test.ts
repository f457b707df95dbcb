import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlotAdvice } from '../../electron/api/common/schemas/agenda-advice.js';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24, points 7 to 9: the finder says what its list cannot. An « urgence immédiate » is to be
 * seen now (walk-in offered), an emergency with nothing left today is told so (walk-in, waiting
 * list, call back), a practitioner asked for a motif they do not do is named with those who do.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;
const advise = (input: Record<string, unknown>) =>
  ok<SlotAdvice>(practice.admin.call('agenda.slotAdvice', { motifId: practice.consult, ...input }));

// Monday 3 May 2027, 08:00 in Paris.
beforeAll(async () => {
  practice = await openAgendaPractice('2027-05-03T06:00:00Z');
  patient = await practice.newPatient();
});
afterAll(() => practice.dispose());

describe('an urgence immédiate', () => {
  it('is said to be seen now, even with slots left today, and offers the walk-in with who consults', async () => {
    const slots = await practice.find({ urgency: 'urgence-immediate' });
    expect(slots.length).toBeGreaterThan(0);
    const advice = await advise({ urgency: 'urgence-immediate', patientId: patient });
    expect(advice.notices[0]?.kind).toBe('see-now');
    expect(advice.notices[0]?.message).toMatch(/maintenant.*15.*sans rendez-vous/s);
    expect(advice.walkIn?.practitionerId).toBe(practice.fontaine);
    // Taken in one step: the patient is in today's waiting room.
    await ok(
      practice.admin.call('agenda.walkIn', {
        patientId: patient,
        practitionerId: advice.walkIn?.practitionerId,
        motifId: practice.consult,
      }),
    );
    const room = await ok<{ patientId: number; walkIn: boolean }[]>(
      practice.admin.call('agenda.waitingRoom', { date: '2027-05-03' }),
    );
    expect(room).toContainEqual(expect.objectContaining({ patientId: patient, walkIn: true }));
  });

  it('offers the walk-in with the practitioner asked for, when they do the motif', async () => {
    const advice = await advise({ urgency: 'urgence-immediate', practitionerIds: [practice.bertin] });
    expect(advice.walkIn?.practitionerId).toBe(practice.bertin);
  });
});

describe('an urgence du jour', () => {
  it('says nothing more while slots are left today', async () => {
    const advice = await advise({ urgency: 'urgence-jour' });
    expect(advice).toMatchObject({ notices: [], walkIn: null });
  });

  it('at 11:40, with nothing left today, says so and offers the walk-in', async () => {
    await practice.moveTo('2027-05-03T09:40:00Z');
    expect(await practice.find({ urgency: 'urgence-jour' })).toEqual([]);
    const advice = await advise({ urgency: 'urgence-jour' });
    expect(advice.notices.map((notice) => notice.kind)).toEqual(['nothing-today']);
    expect(advice.notices[0]?.message).toContain('Plus aucun créneau aujourd’hui');
    expect(advice.notices[0]?.message).toMatch(/sans rendez-vous.*liste d’attente.*rappelez/s);
    expect(advice.walkIn).not.toBeNull();
  });

  it('is not told « nothing today » for an ordinary booking', async () => {
    expect((await advise({ urgency: 'programme' })).notices).toEqual([]);
  });
});

describe('a motif asked of a practitioner who does not do it', () => {
  it('names the practitioner and offers those who do', async () => {
    expect(await practice.find({ motifId: practice.review, practitionerIds: [practice.fontaine] })).toEqual([]);
    const advice = await advise({ motifId: practice.review, practitionerIds: [practice.fontaine] });
    expect(advice.notices).toHaveLength(1);
    expect(advice.notices[0]).toMatchObject({ kind: 'not-this-practitioner' });
    expect(advice.notices[0]?.message).toMatch(/Fontaine ne fait pas ce motif \(Bilan\).*Bertin/);
    expect(advice.practitionersWhoDo.map((who) => who.practitionerId)).toEqual([practice.bertin]);
    const withBertin = await practice.find({ motifId: practice.review, practitionerIds: [practice.bertin] });
    expect(withBertin.length).toBeGreaterThan(0);
  });
});
