import { test, expect, screenshotPath } from './fixtures';
import { ADMIN, completeSetup, fillSetup, login } from './helpers';

test('first start creates the practice, then people log in with their own account', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await expect(page.getByText(ADMIN.practiceName)).toBeVisible();

  await login(page, ADMIN.login, 'pas-le-bon-mot-de-passe');
  await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
  await expect(page.getByLabel('Mot de passe')).toHaveValue('');
  await page.screenshot({ path: screenshotPath('04-login-wrong-password') });

  await login(page, ADMIN.login, ADMIN.password);
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.displayName);

  // A reload keeps the session (HttpOnly cookie), and the first start is not offered again.
  await page.reload();
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.displayName);
});

test('setup refuses a short password with the field named, and keeps what was typed', async ({ page }) => {
  await fillSetup(page, { ...ADMIN, login: 'alice', password: 'court' }, { confirm: false });
  await page.getByRole('button', { name: 'Créer le cabinet' }).click();
  await expect(page.getByText('le mot de passe compte au moins 8 caractères').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('00-setup-error') });
  await expect(page.getByLabel('Nom du cabinet')).toHaveValue('SOS Main Test');
  await expect(page.getByLabel('Identifiant de connexion')).toHaveValue('alice');
});
