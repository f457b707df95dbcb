import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24 point 15: a series of follow-ups planned, each occurrence checked like a single booking
 * (a holiday and a taken slot shown, with the nearest free slot), booked in one go or not at all,
 * moved or cancelled whole or one at a time; 09:00 stays 09:00 across the last Sunday of March.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;
let other: number;
interface Planned {
  date: string;
  time: string;
  practitionerId: number;
  problem: string | null;
  alternative: { date: string; time: string; practitionerId: number } | null;
}
interface SeriesOut {
  id: number;
  appointments: { id: number; date: string; time: string; status: string; seriesId: number | null }[];
}
const plan = (pattern: Record<string, unknown>, who = patient, time = '09:00') =>
  ok<Planned[]>(
    practice.admin.call('agenda.planSeries', {
      patientId: who,
      practitionerId: practice.fontaine,
      motifId: practice.consult,
      time,
      pattern,
    }),
  );
const bookSeries = (occurrences: { date: string; time: string; practitionerId: number }[], who = patient) =>
  practice.admin.call('agenda.bookSeries', {
    patientId: who,
    motifId: practice.consult,
    occurrences: occurrences.map(({ date, time, practitionerId }) => ({ date, time, practitionerId })),
  });
const appointmentCount = () =>
  practice.core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM agenda_appointments').get()?.n ?? 0;
let weekly: SeriesOut;

// Monday 15 March 2027, 08:00 in Paris (winter time; summer time from Sunday 28 March).
beforeAll(async () => {
  practice = await openAgendaPractice('2027-03-15T07:00:00Z');
  patient = await practice.newPatient();
  other = await practice.newPatient();
});
afterAll(() => practice.dispose());

describe('a weekly series across the change to summer time', () => {
  it('four Tuesdays at 09:00 are planned free, then booked at 09:00 Paris time each', async () => {
    const planned = await plan({ kind: 'weekly', firstDate: '2027-03-16', count: 4 });
    expect(planned.map((occurrence) => [occurrence.date, occurrence.problem])).toEqual([
      ['2027-03-16', null],
      ['2027-03-23', null],
      ['2027-03-30', null],
      ['2027-04-06', null],
    ]);
    weekly = await ok<SeriesOut>(bookSeries(planned));
    expect(weekly.appointments.map((appointment) => appointment.time)).toEqual(['09:00', '09:00', '09:00', '09:00']);
    expect(new Set(weekly.appointments.map((appointment) => appointment.seriesId))).toEqual(new Set([weekly.id]));
    const instants = practice.core.db
      .prepare<[number], { starts_at: string }>(
        'SELECT starts_at FROM agenda_appointments WHERE series_id = ? ORDER BY starts_at',
      )
      .all(weekly.id)
      .map((row) => row.starts_at);
    // 08:00 UTC in winter, 07:00 UTC from 28 March: the same 09:00 on the wall.
    expect(instants).toEqual([
      '2027-03-16T08:00:00.000Z',
      '2027-03-23T08:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
      '2027-04-06T07:00:00.000Z',
    ]);
  });
});

describe('occurrences that cannot be kept', () => {
  it('a holiday and a taken slot are shown with the nearest free slot, never silently kept', async () => {
    await ok(
      practice.book({ patientId: patient, practitionerId: practice.fontaine, date: '2027-04-05', time: '09:00' }),
    );
    const planned = await plan({ kind: 'weekly', firstDate: '2027-03-22', count: 3 }, other);
    expect(planned[0]).toMatchObject({ date: '2027-03-22', problem: null });
    expect(planned[1]).toMatchObject({
      date: '2027-03-29',
      problem: expect.stringMatching(/jour férié \(Lundi de Pâques\)/),
      // Tuesday 30 March 09:00 is the other patient's series: 09:00 is taken, 09:30 is next.
      alternative: { date: '2027-03-30', time: '09:30' },
    });
    expect(planned[2]).toMatchObject({
      date: '2027-04-05',
      problem: expect.stringMatching(/déjà pris/),
      alternative: { date: '2027-04-05', time: '09:30' },
    });
  });

  it('booked as planned, the series is refused whole, the occurrence named, nothing written', async () => {
    const before = appointmentCount();
    const refused = await bookSeries(
      ['2027-03-22', '2027-03-29', '2027-04-05'].map((date) => ({
        date,
        time: '09:00',
        practitionerId: practice.fontaine,
      })),
      other,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: expect.stringMatching(/^2e rendez-vous \(29\/03\/2027 à 09 h 00\) : .*Rien n’a été réservé\.$/),
      },
    });
    expect(appointmentCount()).toBe(before);
  });

  it('with the alternatives the person chose, it is booked', async () => {
    const planned = await plan({ kind: 'weekly', firstDate: '2027-03-22', count: 3 }, other);
    const settled = planned.map((occurrence) => occurrence.alternative ?? occurrence);
    const booked = await ok<SeriesOut>(bookSeries(settled, other));
    expect(booked.appointments.map((appointment) => `${appointment.date} ${appointment.time}`)).toEqual([
      '2027-03-22 09:00',
      '2027-03-30 09:30',
      '2027-04-05 09:30',
    ]);
  });

  it('« 10 jours, 6 semaines, 3 mois » after an operation are calendar delays', async () => {
    const planned = await plan({
      kind: 'after',
      fromDate: '2027-03-15',
      offsets: [
        { amount: 3, unit: 'months' },
        { amount: 10, unit: 'days' },
        { amount: 6, unit: 'weeks' },
      ],
    });
    expect(planned.map((occurrence) => occurrence.date)).toEqual(['2027-03-25', '2027-04-26', '2027-06-15']);
  });
});

describe('moving and cancelling', () => {
  it('one occurrence moved with agenda.move stays in its series', async () => {
    const second = weekly.appointments[1];
    const moved = await ok<{ appointment: { seriesId: number | null; time: string } }>(
      practice.admin.call('agenda.move', {
        id: second?.id,
        date: '2027-03-23',
        time: '10:00',
        reason: 'patient au travail',
      }),
    );
    expect(moved.appointment).toMatchObject({ seriesId: weekly.id, time: '10:00' });
  });

  it('the whole series moved a day later keeps each one’s hour, all or nothing', async () => {
    // Wednesday 7 April 09:00 taken by someone else: the move is refused whole.
    await ok(practice.book({ patientId: other, practitionerId: practice.fontaine, date: '2027-04-07', time: '09:00' }));
    const refused = await practice.admin.call('agenda.moveSeries', {
      seriesId: weekly.id,
      shiftDays: 1,
      reason: 'congé',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^4e rendez-vous \(07\/04\/2027/) },
    });
    const unchanged = await ok<SeriesOut>(practice.admin.call('agenda.series', { id: weekly.id }));
    expect(unchanged.appointments.filter((row) => row.status === 'booked').map((row) => row.date)).toEqual([
      '2027-03-16',
      '2027-03-23',
      '2027-03-30',
      '2027-04-06',
    ]);
    const moved = await ok<SeriesOut>(
      practice.admin.call('agenda.moveSeries', { seriesId: weekly.id, shiftDays: 1, time: '10:30', reason: 'congé' }),
    );
    expect(moved.appointments.filter((row) => row.status === 'booked').map((row) => `${row.date} ${row.time}`)).toEqual(
      ['2027-03-17 10:30', '2027-03-24 10:30', '2027-03-31 10:30', '2027-04-07 10:30'],
    );
  });

  it('cancelled as a whole once the first has taken place: the past one stays', async () => {
    await practice.moveTo('2027-03-17T12:00:00Z'); // Wednesday 13:00, the first is over
    const cancelled = await ok<SeriesOut>(
      practice.admin.call('agenda.cancelSeries', { seriesId: weekly.id, reason: 'guéri plus tôt' }),
    );
    expect(cancelled.appointments.filter((row) => row.status === 'booked').map((row) => row.date)).toEqual([
      '2027-03-17',
    ]);
    expect(await practice.admin.call('agenda.cancelSeries', { seriesId: weekly.id, reason: 'encore' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses a series with a bad pattern, naming the field', async () => {
    const refused = await practice.admin.call('agenda.planSeries', {
      patientId: patient,
      practitionerId: practice.fontaine,
      motifId: practice.consult,
      time: '09:00',
      pattern: { kind: 'weekly', firstDate: '2027-04-12', count: 40 },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(refused)).toMatch(/Nombre de rendez-vous/);
  });
});
