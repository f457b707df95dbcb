import { simpleParser } from 'mailparser';
import { freePort } from '../helpers/dovecot';
import { surgeonInput } from '../helpers/practitioners';
import { startSmtpSink } from '../helpers/smtp-sink';
import { expect, screenshotPath, test } from './fixtures';
import { api, apiPatient, completeSetup } from './helpers';

// Issue 12, as a new administrator and secretary would do it: the week is set up in Cabinet ›
// Agenda (a motif with its room, emergency hours, a theatre day), an urgence-jour patient is
// booked on an emergency slot with Entrée, the room's week shows it, and a reminder reaches the
// practice's SMTP server.

/** Today in Paris, as the practice's calendar has it. */
function parisNow() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'long',
    })
      .formatToParts(new Date())
      .map((part) => [part.type, part.value]),
  );
  const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
  return {
    french: `${parts.day}/${parts.month}/${parts.year}`,
    weekday: weekdays.indexOf(parts.weekday ?? '') + 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

test('set up the week in Cabinet, book an emergency with Entrée, see the room, send a reminder', async ({
  page,
  paume,
}) => {
  const now = parisNow();
  const smtp = await startSmtpSink();
  try {
    await completeSetup(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await api(page, paume.url, 'practice.addPractitioner', surgeonInput('Fontaine'));
    await apiPatient(page, paume.url, {
      birthName: 'Urgent',
      firstNames: 'Hugo',
      usedFirstName: 'Hugo',
      sex: 'M',
      email: 'hugo.urgent@example.com',
    });
    await api(page, paume.url, 'inbox.saveAccount', {
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
    });

    await page.goto(`${paume.url}/#/cabinet`);
    await page.reload();
    await page.getByRole('tab', { name: 'Agenda' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Agenda' });
    // A motif, in its own room, possible on an emergency slot.
    await panel.getByLabel('Motif', { exact: true }).fill('Urgence main');
    await panel.getByLabel('Durée (min)').fill('5');
    await panel.getByLabel('Praticiens').click({ force: true }); // the pills' box lies over the input
    await page.getByRole('listbox', { name: 'Praticiens' }).getByRole('option', { name: 'Dr Claire Fontaine' }).click();
    await panel.getByLabel('Salle du motif').fill('Box urgences');
    await panel.getByLabel('Consignes au patient').fill('Apportez vos radios.');
    await panel.getByLabel('possible en urgence').check();
    await panel.getByRole('button', { name: 'Ajouter le motif' }).click();
    await expect(panel.getByTestId('motifs')).toContainText('Box urgences');

    // Today held for emergencies all day; every day ordinary hours for the reminder's appointment.
    await panel.getByLabel('Jour', { exact: true }).selectOption(String(now.weekday));
    await panel.getByLabel('Début').fill('00:00');
    await panel.getByLabel('Fin', { exact: true }).fill('23:59');
    await panel.getByLabel('À partir du').fill(now.french);
    await panel.getByLabel('réservé aux urgences').check();
    await panel.getByLabel('Libéré').selectOption('same-day-11');
    await panel.getByRole('button', { name: 'Ajouter la plage' }).click();
    await expect(panel.getByTestId('periods')).toContainText('réservé aux urgences, libéré le jour même à 11 h');

    // A theatre day: listed, then taken back.
    await panel.getByLabel('Nature').selectOption('theatre');
    await panel.getByLabel('Le', { exact: true }).fill('15/01/2099');
    await panel.getByLabel('Libellé').fill('bloc programmé');
    await panel.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const exceptions = panel.getByTestId('exceptions');
    await expect(exceptions).toContainText('Journée de bloc');
    await expect(exceptions).toContainText('15/01/2099');
    await page.screenshot({ path: screenshotPath('44-cabinet-agenda'), fullPage: true });
    await exceptions.getByRole('button', { name: 'Retirer' }).click();
    await expect(exceptions).not.toContainText('15/01/2099');
    // A week's absence typed once, « du … au … » (issue 24 point 13): a line per day.
    await panel.getByLabel('Nature').selectOption('absence');
    await panel.getByLabel('Le', { exact: true }).fill('18/01/2099');
    await panel.getByLabel('Au (facult.)').fill('22/01/2099');
    await panel.getByLabel('Libellé').fill('congrès');
    await panel.getByRole('button', { name: 'Ajouter', exact: true }).click();
    for (const day of ['18', '19', '20', '21', '22']) await expect(exceptions).toContainText(`${day}/01/2099`);
    await expect(panel.getByLabel('Au (facult.)')).toHaveValue('');

    // The secretary, on the phone with an urgence-jour patient: Entrée books the first slot.
    await page.goto(`${paume.url}/#/secretariat/rendez-vous`);
    await page.getByLabel('Patient', { exact: true }).fill('urgent');
    await page.getByRole('button', { name: /URGENT Hugo/ }).click();
    await page.getByRole('combobox', { name: 'Motif' }).click();
    await page.getByRole('option', { name: /Urgence main/ }).click();
    await page.getByRole('combobox', { name: 'Urgence' }).click();
    await page.getByRole('option', { name: 'Urgence du jour' }).click();
    // Emergency hours run to 23:59 in 5-minute slots. In the last quarter of an hour of the day
    // (the booking must still be ahead when Entrée is pressed), the finder offers what is still
    // ahead today, or says nothing is left: never tomorrow as « aujourd’hui ».
    if (parisNow().minutes >= 23 * 60 + 45) {
      const late = page.getByTestId('slot').first().or(page.getByText('Aucun créneau dans cette fenêtre.'));
      await expect(late).toBeVisible();
      if ((await page.getByTestId('slot').count()) > 0)
        await expect(page.getByTestId('slot').first()).toContainText(parisNow().french);
      return;
    }
    const first = page.getByTestId('slot').first();
    await expect(first).toContainText(now.french);
    await expect(first).toContainText('créneau réservé aux urgences');
    await expect(first).toContainText('aujourd’hui');
    const time = ((await first.locator('p').first().textContent()) ?? '').split(' ')[1] ?? '';
    await page.getByRole('combobox', { name: 'Urgence' }).press('Enter');
    await expect(page.getByTestId('day-list')).toContainText('URGENT Hugo');
    await expect(page.getByTestId('day-list')).toContainText(time);

    // The room's week: every practitioner's appointments in Box urgences.
    await page.getByText('Semaine', { exact: true }).click();
    await page.getByText('Par salle').click();
    await page.getByLabel('Salle de la semaine').selectOption('Box urgences');
    await expect(page.locator('.rbc-event').filter({ hasText: 'URGENT Hugo' })).toContainText('Dr Claire Fontaine');
    await page.screenshot({ path: screenshotPath('45-agenda-room-week') });

    // A reminder for that day reaches the practice's SMTP server, with the convocation.
    await page.getByText('Trouver et réserver').click();
    await page.getByLabel('Jour des rappels').fill(now.french);
    await page.getByRole('button', { name: 'Envoyer les rappels' }).click();
    await expect(page.getByTestId('reminders-result')).toContainText('1 rappel envoyé');
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);
    const mail = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(smtp.received[0]?.envelopeTo).toEqual(['hugo.urgent@example.com']);
    expect(mail.text).toContain('Apportez vos radios.');
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual([expect.stringMatching(/\.docx$/)]);
  } finally {
    await smtp.close();
  }
});
