import { expect, screenshotPath, test } from './fixtures';
import { api, completeSetup } from './helpers';

// Issue 21: practitioners and accounts share one editable table (renderer/ui/EditableTable.tsx).
// Here through Cabinet › Comptes, which the practitioners' tests do not walk: a refusal named in
// French with the typing kept, one row at a time, the double click, Échap asking once more, and
// another seat's save in between shown as two versions, merged without losing either.

test('the accounts table: refusal named, one row at a time, Échap asks, a save in between merged', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${paume.url}/#/cabinet/comptes`);
  await page.getByRole('button', { name: 'Créer un compte' }).click();
  const editor = page.getByTestId('user-editor');
  await editor.getByLabel('Identifiant').fill('nathalie');
  await editor.getByLabel('Nom affiché').fill('Nathalie Roux');
  await editor.getByLabel('Mot de passe').fill('court');
  // While a row is open, nothing else opens: the first row's typing cannot be thrown away.
  await expect(page.getByRole('button', { name: 'Créer un compte' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Modifier alice.martin' })).toBeDisabled();
  await editor.getByLabel('Mot de passe').press('Enter');
  await expect(page.getByText('le mot de passe compte au moins 8 caractères').first()).toBeVisible();
  await expect(editor.getByLabel('Mot de passe')).toHaveAccessibleDescription(/au moins 8 caractères/);
  await expect(editor.getByLabel('Nom affiché')).toHaveValue('Nathalie Roux');

  await editor.getByLabel('Mot de passe').fill('secretariat-1');
  await editor.getByLabel('Mot de passe').press('Enter');
  await expect(editor).toBeHidden();
  const row = page.getByRole('row', { name: /nathalie/ });
  await expect(row).toContainText('Nathalie Roux');
  await expect(row).toContainText('actif');

  // A double click opens the row; Échap on a changed row asks once more, a second Échap drops it.
  await row.dblclick();
  await editor.getByLabel('Nom affiché').fill('N. Roux');
  await editor.getByLabel('Nom affiché').press('Escape');
  await expect(editor.getByRole('button', { name: 'Abandonner les modifications ?' })).toBeVisible();
  await expect(editor.getByLabel('Nom affiché')).toHaveValue('N. Roux');
  await editor.getByLabel('Nom affiché').press('Escape');
  await expect(editor).toBeHidden();
  await expect(row).toContainText('Nathalie Roux');

  // Another administrator gives her the theatre role while this seat renames her.
  await page.getByRole('button', { name: 'Modifier nathalie' }).click();
  await editor.getByLabel('Nom affiché').fill('Nathalie Roux-Martin');
  const listed = await page.request.post(`${paume.url}/api/users.list`, { data: {} });
  const users = ((await listed.json()) as { value: { id: number; login: string; version: number }[] }).value;
  const nathalie = users.find((user) => user.login === 'nathalie');
  if (!nathalie) throw new Error('nathalie is not listed');
  await api(page, paume.url, 'users.update', {
    id: nathalie.id,
    displayName: 'Nathalie Roux',
    roles: ['secretary', 'theatre'],
    practitionerId: null,
    active: true,
    version: nathalie.version,
  });
  await editor.getByRole('button', { name: 'Enregistrer' }).click();
  const conflict = page.getByTestId('edit-conflict');
  await expect(conflict).toContainText('Deux versions de ce compte');
  await expect(conflict.getByRole('row', { name: /Nom affiché/ })).toContainText('Nathalie Roux-Martin');
  await expect(conflict.getByRole('row', { name: /Rôles/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('21-accounts-two-versions') });
  await conflict.getByRole('button', { name: 'Enregistrer mes changements sur leur version' }).click();
  await expect(editor).toBeHidden();
  await expect(row).toContainText('Nathalie Roux-Martin');
  await expect(row).toContainText('Bloc');
});
