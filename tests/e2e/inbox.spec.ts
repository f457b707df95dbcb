import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { startDovecot } from '../helpers/dovecot';
import { startSmtpSink } from '../helpers/smtp-sink';
import { sharedPath } from '../helpers/shared';
import { expect, screenshotPath, test } from './fixtures';
import { api, apiPatient, completeSetup } from './helpers';

// Issue 11: a wound photo arrives in Dovecot and is on top within seconds, with its reasons; the
// secretary links it, files the photo, answers with a canned reply, all from the keyboard.

test('a wound photo is on top with its reasons; linked, filed, answered with the right In-Reply-To', async ({
  page,
  paume,
}) => {
  const dovecot = await startDovecot();
  const smtp = await startSmtpSink();
  const smtpPort = smtp.port;
  try {
    await completeSetup(page);
    await apiPatient(page, paume.url, {
      birthName: 'Jacquet',
      firstNames: 'Patrice',
      usedFirstName: '',
      sex: 'M',
      email: 'pjacquet@example.com',
    });
    await dovecot.deliver(readFileSync(sharedPath('mail', 'dev', '013.eml')));
    await api(page, paume.url, 'inbox.saveAccount', dovecot.accountInput(smtpPort));
    await page.goto(`${paume.url}/#/secretariat`);
    const list = page.getByRole('listbox', { name: 'Messages' });
    await expect(list.getByRole('option')).toHaveCount(1, { timeout: 15_000 });

    // Delivered now: on top within seconds, above the older, less urgent one.
    await dovecot.deliver(readFileSync(sharedPath('mail', 'dev', '006.eml')));
    await expect(list.getByRole('option').first()).toContainText('Photo plaie', { timeout: 5_000 });
    await list.getByRole('option').first().click();
    await expect(page.getByTestId('reasons')).toContainText('Photo d’une plaie');
    await expect(page.getByTestId('reasons')).toContainText('Urgence du jour');
    await expect(page.getByText('adresse pjacquet@example.com connue dans le dossier')).toBeVisible();

    await page.locator('body').press('l');
    await expect(page.getByText(/^Patient :/)).toBeVisible();
    await page.getByRole('button', { name: 'Classer dans le dossier' }).click();
    await expect(page.getByText('classé dans le dossier')).toBeVisible();

    await page.getByPlaceholder('Choisir…').click();
    await page.getByRole('option', { name: 'Plaie : venir aujourd’hui' }).click();
    const reply = page.locator('#reply-body');
    await expect(reply).toHaveValue(/Monsieur JACQUET|Monsieur Jacquet/);
    await page.screenshot({ path: screenshotPath('inbox-reply'), fullPage: true });
    await reply.press('Control+Enter');
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1);
    const sent = await simpleParser(smtp.received[0]?.raw ?? Buffer.alloc(0));
    expect(sent.inReplyTo).toBe('<CAhEQP2+1PJgg9LPHXPd5FArE9n-8AToMMDkLCrFmu@mail.example.com>');
    expect(sent.text).toContain('lavez la plaie');

    // Answered and done: it leaves "À traiter".
    await expect(list.getByRole('option')).toHaveCount(1);
    await page.screenshot({ path: screenshotPath('inbox-queue'), fullPage: true });
  } finally {
    await smtp.close();
    await dovecot.stop();
  }
});
