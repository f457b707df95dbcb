import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/dovecot.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, manualClock, openTempCore, ok } from '../helpers/temp-core.js';
import { surgeonInput } from '../helpers/practitioners.js';

/** Reminders two days before (issue 12): by e-mail through the practice's account, with the convocation. */
const clock = manualClock(Date.parse('2026-11-24T08:00:00Z')); // Tuesday, 09:00 in Paris
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  const smtpPort = smtp.port;
  opened = await openTempCore(clock);
  admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  // IMAP unreachable: the Sent copy fails and is said; the reminder itself is sent.
  await ok(
    admin.call('inbox.saveAccount', {
      label: 'SOS Main',
      address: 'secretariat@sosmain-exemple.fr',
      imapHost: '127.0.0.1',
      imapPort: await freePort(),
      imapSecurity: 'none',
      smtpHost: '127.0.0.1',
      smtpPort,
      smtpSecurity: 'none',
      login: 'secretariat',
      password: 'secret',
    }),
  );
  const surgeon = (await ok<{ id: number }>(admin.call('practice.addPractitioner', surgeonInput('Fontaine')))).id;
  const motif = (
    await ok<{ id: number }>(
      admin.call('agenda.saveMotif', {
        label: 'Contrôle post-opératoire',
        durationMinutes: 20,
        practitionerIds: [surgeon],
        instructions: 'Gardez le pansement jusqu’au rendez-vous.',
      }),
    )
  ).id;
  await ok(
    admin.call('agenda.addPeriod', {
      practitionerId: surgeon,
      weekday: 4,
      startTime: '08:00',
      endTime: '12:00',
      validFrom: '2026-01-01',
    }),
  );
  const people = [
    { birthName: 'Morel', email: 's.morel@example.com', phoneMobile: '06 12 34 56 78' },
    { birthName: 'Sansmail', email: '', phoneMobile: '06 11 22 33 44' },
    { birthName: 'Injoignable', email: '', phoneMobile: '' },
  ];
  for (const [index, person] of people.entries()) {
    const { id } = await ok<{ id: number }>(
      admin.call('patients.create', { ...patientInput(person), confirmNotDuplicate: true }),
    );
    await ok(
      admin.call('agenda.book', {
        patientId: id,
        practitionerId: surgeon,
        motifId: motif,
        date: '2026-11-26',
        time: `${String(8 + index).padStart(2, '0')}:00`,
      }),
    );
  }
});
afterAll(async () => {
  opened.dispose();
  await smtp.close();
});

describe('reminders', () => {
  it('sends the day-after-tomorrow reminders by e-mail with the instructions and the convocation, once', async () => {
    const result = await ok<{ date: string; sent: number; skipped: { patientName: string; reason: string }[] }>(
      admin.call('agenda.sendReminders', {}),
    );
    expect(result.date).toBe('2026-11-26');
    expect(result.sent).toBe(1);
    expect(result.skipped.map((entry) => entry.reason)).toEqual([
      'pas d’adresse électronique, et aucun fournisseur de SMS configuré',
      'ni adresse électronique ni portable',
    ]);
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe('Rappel : rendez-vous le 26/11/2026 à 08 h 00');
    // Greeted as letters greet (issue 21): the name in capitals.
    expect(mail.text?.startsWith('Madame MOREL,\n')).toBe(true);
    expect(mail.text).toContain('Nous vous rappelons votre rendez-vous le 26/11/2026 à 08 h 00 avec ');
    expect(mail.text).toContain('Gardez le pansement jusqu’au rendez-vous.');
    expect(mail.attachments[0]?.filename).toBe('convocation.docx');
    expect(mail.attachments[0]?.content.subarray(0, 2).toString()).toBe('PK');

    const again = await ok<{ sent: number }>(admin.call('agenda.sendReminders', {}));
    expect(again.sent).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });
});
