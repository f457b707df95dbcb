import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { ADMIN, apiPatient, completeSetup, login } from './helpers';

// Issue 22 item 9: logging out said « brouillon gardé » and erased the consultation being typed.
// Now the logout says what it keeps, and the same surgeon finds the typing on another seat (or the
// next day); once the consultation is saved, the draft is gone everywhere.

test('a consultation typed and not saved survives a logout and is found on another seat', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const { id } = await apiPatient(page, paume.url, { birthName: 'Meunier', firstNames: 'Léa', usedFirstName: 'Léa' });
  await page.goto(`${paume.url}/#/patients/${id}`);
  await page.getByRole('tab', { name: /^Consultations/ }).click();
  await page.getByLabel('Diagnostic').fill('Plaie de la pulpe du majeur droit');
  await page.getByLabel('Notes').fill('Suture au bloc des urgences, contrôle à J10.');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  const confirm = page.getByTestId('logout-confirm');
  await expect(confirm).toContainText(
    'En cours : une consultation. Le brouillon est gardé pour votre prochaine connexion',
  );
  await page.screenshot({ path: screenshotPath('39-logout-keeps-draft-1280') });
  await confirm.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByLabel('Identifiant')).toBeVisible();

  // Another seat, the same surgeon: the typing is there.
  const second = await launchChromium();
  try {
    const seat = second.context.pages()[0] ?? (await second.context.newPage());
    await seat.setViewportSize({ width: 1920, height: 1080 });
    await seat.goto(paume.url);
    await login(seat, ADMIN.login, ADMIN.password);
    await expect(seat.getByTestId('current-user')).toBeVisible();
    await seat.goto(`${paume.url}/#/patients/${id}`);
    await seat.getByRole('tab', { name: /^Consultations/ }).click();
    await expect(seat.getByLabel('Diagnostic')).toHaveValue('Plaie de la pulpe du majeur droit');
    await expect(seat.getByLabel('Notes')).toHaveValue('Suture au bloc des urgences, contrôle à J10.');
    await seat.screenshot({ path: screenshotPath('39-draft-found-other-seat-1920') });
    await seat.getByRole('button', { name: 'Ajouter la consultation' }).click();
    await expect(seat.getByRole('cell', { name: 'Plaie de la pulpe du majeur droit' })).toBeVisible();
    await expect(seat.getByLabel('Diagnostic')).toHaveValue('');
  } finally {
    await second.close();
  }

  // Saved on the other seat: back here, the form is empty, nothing offered twice.
  await login(page, ADMIN.login, ADMIN.password);
  await expect(page.getByTestId('current-user')).toBeVisible();
  await page.goto(`${paume.url}/#/patients/${id}`);
  await page.getByRole('tab', { name: /^Consultations/ }).click();
  await expect(page.getByRole('cell', { name: 'Plaie de la pulpe du majeur droit' })).toBeVisible();
  await expect(page.getByLabel('Diagnostic')).toHaveValue('');
});
