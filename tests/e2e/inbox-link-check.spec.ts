import { expect, screenshotPath, test } from './fixtures';
import { apiPatient, login } from './helpers';

// Issue 22 item 7: « Nathalie Roy » writes; linking her message to ROY Hélène shows what disagrees
// and waits for « Lier quand même »; « Ne pas lier » leaves the message unlinked.

test.use({ serverArgs: ['--demo'] });

test('linking a message to a file with another first name asks for a confirmation', async ({ page, paume }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  await expect(page.getByRole('listbox', { name: 'Messages' })).toBeVisible();
  await apiPatient(page, paume.url, {
    birthName: 'Roy',
    firstNames: 'Hélène',
    usedFirstName: 'Hélène',
    birthDate: '1958-04-09',
  });

  await page.getByRole('option', { name: /Report de mon rendez-vous/ }).click();
  await page.getByLabel('Chercher le patient').fill('roy hélène');
  const row = page.getByText('ROY Hélène (09/04/1958)').locator('..');
  await row.getByRole('button', { name: 'Lier' }).click();
  const bar = page.getByTestId('link-mismatch');
  await expect(bar).toContainText('Nathalie Roy');
  await expect(bar).toContainText('prénom différent');
  await page.screenshot({ path: screenshotPath('35-inbox-link-mismatch-1280') });

  await bar.getByRole('button', { name: 'Ne pas lier' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByLabel('Chercher le patient')).toBeVisible();

  await row.getByRole('button', { name: 'Lier' }).click();
  await bar.getByRole('button', { name: 'Lier quand même' }).click();
  await expect(page.getByRole('link', { name: 'ROY Hélène (09/04/1958)' })).toBeVisible();
  await expect(page.getByText(/lié malgré/)).toBeVisible();
});
