import { expect, screenshotPath, test } from './fixtures';
import { login } from './helpers';

// Issue 22 item 12: no button that does nothing. The finder's Entrée without a patient or a motif
// says what is missing; a day's PDF that fails says so beside its button; a message that cannot be
// answered says it before a reply is typed.

test.use({ serverArgs: ['--demo'] });

test('refused actions say why, where the secretary is looking', async ({ page, paume }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  await expect(page.getByRole('listbox', { name: 'Messages' })).toBeVisible();

  // A demo message came by no mail account: no reply box to fill in vain.
  await page.getByRole('option', { name: /Report de mon rendez-vous/ }).click();
  await expect(page.getByTestId('reply-refusal')).toContainText('impossible d’y répondre');
  await expect(page.locator('#reply-body')).toHaveCount(0);

  await page.goto(`${paume.url}/#/secretariat/rendez-vous`);
  const patientField = page.getByLabel('Patient', { exact: true });
  await patientField.press('Enter');
  await expect(page.getByTestId('finder-refusal')).toHaveText(
    'Choisissez d’abord le patient (champ « Patient »), puis Entrée.',
  );
  await patientField.fill('roy');
  await page.getByRole('button', { name: /ROY Hélène/ }).click();
  await expect(page.getByTestId('finder-refusal')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Motif' }).press('Enter');
  await expect(page.getByTestId('finder-refusal')).toHaveText('Choisissez d’abord le motif, puis Entrée.');
  await page.screenshot({ path: screenshotPath('41-finder-refusal-1280') });

  // The day's PDF fails on the server's side: the secretary is told, beside the button.
  await page.route('**/api/agenda.dayPdf', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'UNAVAILABLE', message: 'Le PDF de la journée n’a pas pu être fait.' },
      }),
    }),
  );
  await page.getByRole('button', { name: 'Imprimer la journée' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Le PDF de la journée n’a pas pu être fait.' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('41-day-pdf-refused-1280') });
});
