import { test, expect, screenshotPath } from './fixtures';
import { ADMIN, completeSetup } from './helpers';

test('locking keeps the unsaved work under the lock, and only the password opens it', async ({ page, paume }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: /Cabinet/ }).click();
  await page.getByLabel('Ville').fill('Guéret');

  await page.keyboard.press('Control+Shift+L');
  const lock = page.getByRole('dialog', { name: 'Poste verrouillé' });
  await expect(lock).toBeVisible();
  await page.screenshot({ path: screenshotPath('05-locked') });

  // While locked, the server refuses work from this session, whatever the page tries.
  const refused = await page.request.post(`${paume.url}/api/practice.get`, { data: {} });
  expect(refused.status()).toBe(423);

  await lock.getByLabel('Mot de passe').fill('mauvais-mot-de-passe');
  await lock.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(lock.getByText('mot de passe incorrect', { exact: true })).toBeVisible();
  await lock.getByLabel('Mot de passe').fill(ADMIN.password);
  await lock.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('Ville')).toHaveValue('Guéret');
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
});

test('the seat locks itself after the configured inactivity', async ({ page, paume }) => {
  await page.clock.install();
  await page.goto(paume.url);
  await completeSetup(page);
  await page.clock.fastForward('09:00');
  await expect(page.getByRole('dialog', { name: 'Poste verrouillé' })).toBeHidden();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('dialog', { name: 'Poste verrouillé' })).toBeVisible();
  expect((await page.request.post(`${paume.url}/api/practice.get`, { data: {} })).status()).toBe(423);
});
