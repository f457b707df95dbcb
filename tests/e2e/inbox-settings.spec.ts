import { startDovecot } from '../helpers/dovecot';
import { expect, screenshotPath, test } from './fixtures';
import { completeSetup, login } from './helpers';

// Issue 11: an administrator connects the mailbox once in Cabinet › Messagerie and reads the
// protocol; a secretary of the demonstration finds a sorted inbox.

test('Cabinet › Messagerie: an account saved, tested, a wrong password said in French', async ({ page }) => {
  const dovecot = await startDovecot();
  try {
    await completeSetup(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${new URL(page.url()).origin}/#/cabinet/messagerie`);
    // Other Cabinet tabs stay mounted (hidden): the account form is the one to fill.
    const form = page.locator('form').filter({ hasText: 'Nouveau compte' });
    await form.getByLabel('Nom du compte').fill('Secrétariat SOS Main');
    await form.getByLabel('Courriel du compte').fill(dovecot.user);
    await form.getByLabel('Identifiant').fill(dovecot.user);
    await form.getByLabel('Serveur IMAP').fill('127.0.0.1');
    await form.getByLabel('Port IMAP').fill(String(dovecot.port));
    await form.getByRole('combobox', { name: 'Sécurité IMAP' }).click();
    await page.getByRole('option', { name: 'aucune (réseau local)' }).click();
    await form.getByLabel('Serveur SMTP').fill('127.0.0.1');
    await form.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByRole('button', { name: 'Tester la connexion' })).toBeVisible();
    await form.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByTestId('connection-test')).toContainText('Identifiant ou mot de passe refusé', {
      timeout: 20_000,
    });
    await form.getByLabel('Mot de passe', { exact: true }).fill(dovecot.password);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(form.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
    await form.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByTestId('connection-test')).toContainText(`Connecté à 127.0.0.1:${dovecot.port}`, {
      timeout: 20_000,
    });
    await expect(page.getByTestId('connection-test')).toContainText('« Sent » trouvé');
    await expect(page.getByRole('cell', { name: 'Secrétariat SOS Main' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('30-cabinet-messagerie'), fullPage: true });
  } finally {
    await dovecot.stop();
  }
});

test('Cabinet › Protocole de tri: the rules read, a phrase added and saved', async ({ page }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${new URL(page.url()).origin}/#/cabinet/protocole`);
  await page.getByPlaceholder('Filtrer les règles (mot, identifiant)').fill('morsure');
  const rule = page.locator('[data-rule-id="morsure"]');
  await expect(rule.getByLabel('Intitulé')).toHaveValue('Morsure (animal ou humaine)');
  const phrases = rule.getByLabel('Expressions');
  await phrases.fill(`${await phrases.inputValue()}\nmordillé par le chien`);
  // A phrase added lowers nothing: the guard lets it be saved at once (issue 23).
  await expect(page.getByTestId('protocol-guard')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer le protocole' }).click();
  await expect(page.getByText('protocole du cabinet')).toBeVisible();
  await page.screenshot({ path: screenshotPath('31-cabinet-protocole') });
});

test.describe('the demonstration', () => {
  test.use({ serverArgs: ['--demo'] });
  test('a secretary lands on a sorted inbox, the most urgent on top with its reasons', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await login(page, 'accueil', 'demo-paume');
    const list = page.getByRole('listbox', { name: 'Messages' });
    await expect(list.getByRole('option').first()).toContainText('Urgence immédiate');
    await expect(page.getByTestId('reasons')).toContainText('Amputation');
    await expect(page.getByTestId('message-body').locator('mark').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('32-secretariat-demo') });
    await page.keyboard.press('j');
    await expect(list.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');

    // From a message to a booking (issue 12): the finder opens with the message's urgency.
    await page.getByRole('link', { name: 'Prendre rendez-vous' }).click();
    await expect(page).toHaveURL(/rendez-vous\?message=\d+&urgence=urgence-jour/);
    await expect(page.getByRole('combobox', { name: 'Urgence' })).toHaveValue('Urgence du jour');
    const messageId = Number(/message=(\d+)/.exec(page.url())?.[1]);
    // Booked (a scheduled consultation, so that a slot exists at any hour): the message is done.
    await page.getByLabel('Patient', { exact: true }).fill('mallet');
    await page
      .getByRole('button', { name: /^MALLET/ })
      .first()
      .click();
    await page.getByRole('combobox', { name: 'Motif' }).click();
    await page.getByRole('option', { name: /^Consultation/ }).click();
    await page.getByRole('combobox', { name: 'Urgence' }).click();
    await page.getByRole('option', { name: 'Consultation programmée' }).click();
    await expect(page.getByTestId('slot').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Motif' }).press('Enter');
    await expect(page.getByText(/^Rendez-vous pris :/)).toBeVisible();
    const opened = await page.request.post(`${new URL(page.url()).origin}/api/inbox.open`, { data: { id: messageId } });
    expect(((await opened.json()) as { value: { state: string } }).value.state).toBe('traite');
  });
});
