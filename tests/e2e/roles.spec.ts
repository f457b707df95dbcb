import { test, expect, screenshotPath } from './fixtures';
import { completeSetup, login } from './helpers';

test('a secretary sees the practice but may not change it, in the UI nor through the API', async ({ page, paume }) => {
  await completeSetup(page);
  await page.goto(`${new URL(page.url()).origin}/#/cabinet/comptes`);
  await page.getByRole('button', { name: 'Créer un compte' }).click();
  const editor = page.getByTestId('user-editor');
  await editor.getByLabel('Identifiant').fill('nathalie');
  await editor.getByLabel('Nom affiché').fill('Nathalie Roux');
  await editor.getByLabel('Mot de passe').fill('secretariat-1');
  await editor.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('user-editor')).toBeHidden();
  await expect(page.getByRole('row', { name: /nathalie/ })).toContainText('Secrétariat');
  await page.screenshot({ path: screenshotPath('09-accounts') });

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await login(page, 'nathalie', 'secretariat-1');
  await expect(page.getByTestId('current-user')).toHaveText('Nathalie Roux');
  await page.getByRole('link', { name: /Cabinet/ }).click();
  await expect(page.getByRole('tab', { name: 'Comptes' })).toHaveCount(0);
  await expect(page.getByLabel('Nom du cabinet')).toHaveAttribute('readonly');
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('10-secretary-cabinet') });

  // The server is the one that refuses, not the hidden button.
  const forbidden = await page.request.post(`${paume.url}/api/practice.update`, {
    data: {
      version: 1,
      name: 'Renommé',
      addressLine: '',
      postalCode: '',
      city: '',
      phone: '',
      email: '',
      finess: '',
      lockAfterMinutes: 10,
      holidayRegion: 'metropole',
      agendaGridMinutes: 5,
    },
  });
  expect(forbidden.status()).toBe(403);
  expect(await forbidden.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect((await page.request.post(`${paume.url}/api/users.list`, { data: {} })).status()).toBe(403);
  const practice = await (await page.request.post(`${paume.url}/api/practice.get`, { data: {} })).json();
  expect(practice).toMatchObject({ ok: true, value: { name: 'SOS Main Test' } });
});
