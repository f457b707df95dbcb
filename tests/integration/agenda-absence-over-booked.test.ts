import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/dovecot.js';
import { patientInput } from '../helpers/patients.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24 point 12: an absence entered over booked patients lists them, to move (the finder with
 * that patient and motif), to tell (the reminder channel) or to keep; nothing stays booked without
 * a word, and each decision can be taken back.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let smtp: SmtpSink;
interface Covered {
  id: number;
  patientId: number;
  patientName: string;
  patientBirthDate: string;
  practitionerId: number;
  date: string;
  time: string;
  closure: string;
  notifiedAt: string | null;
}
const covered = () => ok<Covered[]>(practice.admin.call('agenda.covered'));
const booked: Record<string, number> = {};

// Monday 7 June 2027, 08:00 in Paris; the week of 7–11 June has no holiday.
beforeAll(async () => {
  smtp = await startSmtpSink();
  practice = await openAgendaPractice('2027-06-07T06:00:00Z');
  await ok(
    practice.admin.call('inbox.saveAccount', {
      label: 'SOS Main',
      address: 'secretariat@sosmain-exemple.fr',
      imapHost: '127.0.0.1',
      imapPort: await freePort(),
      imapSecurity: 'none',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpSecurity: 'none',
      login: 'secretariat',
      password: 'secret',
    }),
  );
  const person = async (birthName: string, extra: Record<string, unknown> = {}) =>
    (
      await ok<{ id: number }>(
        practice.admin.call('patients.create', patientInput({ birthName, birthDate: '1980-02-03', ...extra })),
      )
    ).id;
  const bookings = [
    { name: 'Morel', practitionerId: practice.fontaine, date: '2027-06-09', time: '09:00', email: 'morel@example.com' },
    { name: 'Injoignable', practitionerId: practice.fontaine, date: '2027-06-09', time: '09:30', phoneMobile: '' },
    { name: 'Garde', practitionerId: practice.fontaine, date: '2027-06-10', time: '10:00' },
    { name: 'Bertinpatient', practitionerId: practice.bertin, date: '2027-06-09', time: '09:00' },
    { name: 'Lundi', practitionerId: practice.fontaine, date: '2027-06-07', time: '10:00' },
  ];
  for (const { name, practitionerId, date, time, ...extra } of bookings) {
    const patientId = await person(name, extra);
    booked[name] = (await ok<{ id: number }>(practice.book({ patientId, practitionerId, date, time }))).id;
  }
});
afterAll(async () => {
  practice.dispose();
  await smtp.close();
});

describe('a week’s absence over booked patients', () => {
  it('says how many it covers as it is entered, and lists them with birth date and what covers them', async () => {
    expect(await covered()).toEqual([]);
    const added = await ok(
      practice.admin.call('agenda.addException', {
        practitionerId: practice.fontaine,
        date: '2027-06-08',
        untilDate: '2027-06-11',
        kind: 'absence',
        label: 'congrès',
      }),
    );
    expect(added).toMatchObject({ days: 4, covered: 3 });
    const list = await covered();
    // Dr Bertin's patient and Monday's (before the absence) are not covered.
    expect(list.map((row) => `${row.date} ${row.time}`)).toEqual([
      '2027-06-09 09:00',
      '2027-06-09 09:30',
      '2027-06-10 10:00',
    ]);
    expect(list[0]).toMatchObject({ closure: 'absence (congrès)', patientBirthDate: '1980-02-03', notifiedAt: null });
  });

  it('a half-day absence covers only the appointments in its hours', async () => {
    const added = await ok(
      practice.admin.call('agenda.addException', {
        practitionerId: practice.bertin,
        date: '2027-06-09',
        startTime: '09:15',
        endTime: '12:00',
        kind: 'absence',
      }),
    );
    // Bertin's 09:00–09:30 overlaps 09:15: it is covered too.
    expect(added).toMatchObject({ covered: 1 });
    expect((await covered()).filter((row) => row.practitionerId === practice.bertin).map((row) => row.time)).toEqual([
      '09:00',
    ]);
    await ok(practice.admin.call('agenda.removeException', { id: (added as { id: number }).id }));
    expect((await covered()).some((row) => row.practitionerId === practice.bertin)).toBe(false);
  });

  it('moving one (to the other surgeon) takes it off the list', async () => {
    const moved = await ok<{ appointment: { practitionerId: number; date: string; time: string } }>(
      practice.admin.call('agenda.move', {
        id: booked.Morel,
        date: '2027-06-09',
        time: '10:00',
        practitionerId: practice.bertin,
        reason: 'absence (congrès)',
      }),
    );
    expect(moved.appointment).toMatchObject({ practitionerId: practice.bertin, time: '10:00' });
    expect((await covered()).map((row) => row.time)).toEqual(['09:30', '10:00']);
  });

  it('telling a patient goes by e-mail and is dated; one who cannot be written to is named, not marked', async () => {
    const patientId = (
      await ok<{ id: number }>(
        practice.admin.call(
          'patients.create',
          patientInput({ birthName: 'Courriel', birthDate: '1990-01-01', email: 'courriel@example.com' }),
        ),
      )
    ).id;
    // Booked first, then Dr Bertin's Friday becomes a theatre day.
    const friday = await practice.book({
      patientId,
      practitionerId: practice.bertin,
      date: '2027-06-11',
      time: '09:00',
    });
    expect(friday).toMatchObject({ ok: true });
    await ok(
      practice.admin.call('agenda.addException', {
        practitionerId: practice.bertin,
        date: '2027-06-11',
        kind: 'theatre',
      }),
    );
    const row = (await covered()).find((entry) => entry.patientId === patientId);
    expect(row).toBeDefined();
    const before = smtp.received.length;
    const told = await ok<{ channel: string; notifiedAt: string }>(
      practice.admin.call('agenda.notifyCovered', { id: row?.id }),
    );
    expect(told.channel).toBe('email');
    expect(smtp.received.length).toBe(before + 1);
    const mail = await simpleParser(smtp.received.at(-1)?.raw ?? Buffer.alloc(0));
    expect(mail.text).toMatch(/11\/06\/2027 à 09 h 00/);
    // The patient is told the day is closed, never the practice's own label.
    expect(mail.text).toMatch(/opère ce jour-là/);
    expect((await covered()).find((entry) => entry.id === row?.id)?.notifiedAt).toBe(told.notifiedAt);

    const unreachable = (await covered()).find((entry) => entry.id === booked.Injoignable);
    const refused = await practice.admin.call('agenda.notifyCovered', { id: unreachable?.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/ni adresse électronique ni portable/) },
    });
    expect((await covered()).find((entry) => entry.id === booked.Injoignable)?.notifiedAt).toBeNull();
  });

  it('keeping one on purpose takes it off the list, and the undo puts it back', async () => {
    await ok(practice.admin.call('agenda.keepCovered', { id: booked.Garde }));
    expect((await covered()).some((row) => row.id === booked.Garde)).toBe(false);
    await ok(practice.admin.call('agenda.keepCovered', { id: booked.Garde, kept: false }));
    expect((await covered()).some((row) => row.id === booked.Garde)).toBe(true);
    const audit = practice.core.services.audit.list(null, 20).map((entry) => entry.action);
    expect(audit).toEqual(
      expect.arrayContaining(['agenda.keepCovered', 'agenda.unkeepCovered', 'agenda.notifyCovered']),
    );
  });

  it('refuses to keep or notify an appointment no absence covers, and a cancelled one', async () => {
    expect(await practice.admin.call('agenda.keepCovered', { id: booked.Lundi })).toMatchObject({
      ok: false,
      error: { fields: { id: 'plus couvert' } },
    });
    await ok(practice.admin.call('agenda.cancel', { id: booked.Injoignable, reason: 'appelé, rappellera' }));
    expect(await practice.admin.call('agenda.notifyCovered', { id: booked.Injoignable })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await covered()).some((row) => row.id === booked.Injoignable)).toBe(false);
  });

  it('an appointment once over is no longer to deal with', async () => {
    await practice.moveTo('2027-06-10T09:00:00Z'); // Thursday 11:00, Garde's 10:00 is over
    expect((await covered()).some((row) => row.id === booked.Garde)).toBe(false);
  });
});
