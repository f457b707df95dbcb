import { sharedPath } from '../helpers/shared';
import { test, expect, screenshotPath } from './fixtures';
import { completeSetup } from './helpers';

test('setup, then the Cabinet pages, as a newcomer sees them', async ({ page }) => {
  await page.screenshot({ path: screenshotPath('01-setup') });
  await completeSetup(page);
  await page.screenshot({ path: screenshotPath('02-home') });
  await page.getByRole('link', { name: /Cabinet/ }).click();
  await expect(page.getByLabel('Nom du cabinet')).toHaveValue('SOS Main Test');
  await page.screenshot({ path: screenshotPath('03-cabinet') });
});

test('Cabinet › Dictée et modèles: models, own vocabulary, templates with their fields', async ({ page }) => {
  await completeSetup(page);
  await page.goto(`${new URL(page.url()).origin}/#/cabinet/dictee`);
  await expect(page.getByText(/La dictée attend un modèle : cliquez sur « Télécharger »/)).toBeVisible();
  // Engine details wait behind « détails » (issue 10).
  await expect(page.getByTestId('engine-details')).toBeHidden();
  await page.getByRole('button', { name: 'détails' }).click();
  await expect(page.getByTestId('engine-details')).toContainText('Moteur');
  await expect(page.getByRole('button', { name: /Télécharger/ }).first()).toBeVisible();
  await page.getByLabel('Entendu').fill('IPP');
  await page.getByLabel('Écrit (vide : mot à reconnaître seulement)').fill('interphalangienne proximale');
  await page.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByRole('cell', { name: 'interphalangienne proximale' })).toBeVisible();
  await expect(page.getByText(/Champs : .*patient\.fullName/).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('18-dictation-settings'), fullPage: true });

  // A model sent from this machine (issue 9): streamed to the server, checked, installed.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Envoyer un fichier modèle depuis ce poste' }).click();
  await (await chooser).setFiles(sharedPath('models', 'for-tests-ggml-tiny.bin'));
  await expect(page.getByText('En service :')).toContainText('importe-for-tests-ggml-tiny.bin');
});
