import { test, expect, screenshotPath } from './fixtures';
import { completeSetup } from './helpers';

test('an administrator edits the practice; a bad FINESS is named and nothing is lost', async ({ page }) => {
  await completeSetup(page);
  await page.getByRole('link', { name: /Cabinet/ }).click();
  await page.getByLabel('Adresse').fill('39 avenue de la Sénatorerie');
  await page.getByLabel('Code postal').fill('23000');
  await page.getByLabel('Ville').fill('Guéret');
  await page.getByLabel('Numéro FINESS').fill('12345');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByText('le numéro FINESS compte 9 caractères (chiffres, ou 2A/2B puis 7 chiffres)').first(),
  ).toBeVisible();
  await expect(page.getByLabel('Ville')).toHaveValue('Guéret');
  await page.screenshot({ path: screenshotPath('06-practice-error') });

  await page.getByLabel('Numéro FINESS').fill('230000000');
  await page.keyboard.press('Control+S');
  await expect(page.getByText('Informations du cabinet enregistrées.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Numéro FINESS')).toHaveValue('230000000');
  await expect(page.getByLabel('Adresse')).toHaveValue('39 avenue de la Sénatorerie');
});

test('an administrator adds and corrects practitioners inline, with the RPPS checked', async ({ page }) => {
  await completeSetup(page);
  await page.goto(`${new URL(page.url()).origin}/#/cabinet/praticiens`);
  await page.keyboard.press('Alt+N');
  const editor = page.getByTestId('practitioner-editor');
  await editor.getByLabel('Prénom').fill('Claire');
  await editor.getByLabel('Nom', { exact: true }).fill('Fontaine');
  await editor.getByLabel('Numéro RPPS').fill('10002345670');
  await editor.getByLabel('Spécialité').fill('Chirurgie de la main');
  await editor.getByLabel('Ligne de signature').fill('Dr Claire Fontaine — chirurgienne de la main');
  await editor.getByLabel('Numéro RPPS').press('Enter');
  await expect(page.getByText('numéro RPPS invalide (clé de contrôle incorrecte)').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('07-practitioner-error') });

  await editor.getByLabel('Numéro RPPS').fill('10002345675');
  await editor.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(editor).toBeHidden();
  const row = page.getByRole('row', { name: /Fontaine/ });
  await expect(row).toContainText('10002345675');

  await page.getByRole('button', { name: 'Modifier Claire Fontaine' }).click();
  await page
    .getByTestId('practitioner-editor')
    .getByLabel('Spécialité')
    .fill('Chirurgie de la main et du membre supérieur');
  await page.getByTestId('practitioner-editor').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('row', { name: /Fontaine/ })).toContainText('membre supérieur');
  await page.screenshot({ path: screenshotPath('08-practitioners') });
});

test('Annuler on a changed row asks once more before throwing the changes away', async ({ page }) => {
  await completeSetup(page);
  await page.goto(`${new URL(page.url()).origin}/#/cabinet/praticiens`);
  await page.getByRole('button', { name: 'Ajouter un praticien' }).click();
  const editor = page.getByTestId('practitioner-editor');
  await editor.getByLabel('Prénom').fill('Karim');
  await editor.getByRole('button', { name: 'Annuler' }).click();
  await expect(editor.getByLabel('Prénom')).toHaveValue('Karim');
  await editor.getByRole('button', { name: 'Abandonner les modifications ?' }).click();
  await expect(editor).toBeHidden();
});
