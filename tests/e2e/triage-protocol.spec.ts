import { expect, screenshotPath, test } from './fixtures';
import { completeSetup } from './helpers';

// Issue 23: a new administrator tries the protocol on a message as they edit it, sees what a
// change would move before saving, confirms a change that lowers an emergency, and resets.

test('Cabinet › Protocole de tri: the tester follows the edit, the guard asks before lowering an emergency', async ({
  page,
}) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${new URL(page.url()).origin}/#/cabinet/protocole`);
  const tester = page.getByTestId('protocol-tester');
  // The answer for what is typed now (a previous one may show, dimmed, meanwhile).
  const category = page.locator('[data-testid="tester-result"]:not([data-stale]) [data-testid="tester-category"]');

  // A word the protocol does not know, then taught to a concept: the tester follows at once.
  await tester
    .getByLabel('Message', { exact: true })
    .fill('Bonjour, depuis ce matin ma phalangine est toute violette.');
  await expect(category).not.toHaveText('Urgence immédiate');
  await page.getByRole('tab', { name: /Concepts/ }).click();
  await page.getByRole('textbox', { name: 'Filtrer les concepts' }).fill('couleur, chaleur');
  const fingers = page.getByRole('textbox', { name: 'Mots du concept doigt' });
  await fingers.fill(`${await fingers.inputValue()}\nphalangine`);
  await expect(category).toHaveText('Urgence immédiate');
  await expect(page.getByTestId('tester-result')).toContainText('« phalangine » (doigt');
  await page.screenshot({ path: screenshotPath('35-protocole-concepts-1280') });
  await page.getByRole('button', { name: 'Enregistrer le protocole' }).click();
  await expect(page.getByText('protocole du cabinet', { exact: true })).toBeVisible();

  // Switching the white-finger rule off: the tester shows the safety floor, the guard the lowered messages.
  await tester
    .getByLabel('Message', { exact: true })
    .fill(
      'Bonjour, je voudrais décaler mon rendez-vous. Par ailleurs mon pouce est tout blanc et froid depuis ce matin.',
    );
  await expect(category).toHaveText('Urgence immédiate');
  await page.getByRole('tab', { name: /Règles/ }).click();
  await page.getByRole('textbox', { name: 'Filtrer les règles' }).fill('blanc, pâle');
  await page.locator('[data-rule-id="ischemie"]').getByRole('switch').click({ force: true });
  await expect(category).toHaveText('Urgence du jour');
  await expect(page.getByTestId('tester-result')).toContainText('à vérifier');
  const guard = page.getByTestId('protocol-guard');
  await expect(guard.getByTestId('guard-confirmations')).toContainText('est désactivée');
  await expect(guard.locator('[data-lowered]').first()).toBeVisible();
  const save = page.getByRole('button', { name: 'Enregistrer le protocole' });
  await expect(save).toBeDisabled();
  await page.screenshot({ path: screenshotPath('33-protocole-garde-1280'), fullPage: true });
  await guard.getByLabel(/enregistrer quand même/).check();
  await expect(save).toBeEnabled();
  await save.click();
  // Saved: nothing left to save, so the guard is gone (the first save's notice may have closed already).
  await expect(page.getByTestId('protocol-guard')).toBeHidden();
  await expect(save).toBeDisabled();
  await expect(page.locator('[data-rule-id="ischemie"]').getByRole('switch')).not.toBeChecked();

  // Back to the default in one button; the practice's own protocol can be put back.
  await page.getByRole('button', { name: 'Revenir au protocole par défaut' }).click();
  await expect(page.getByText('protocole par défaut', { exact: true })).toBeVisible();
  await expect(page.locator('[data-rule-id="ischemie"]').getByRole('switch')).toBeChecked();
  await page.getByRole('button', { name: 'Remettre le protocole du cabinet' }).click();
  await expect(page.getByText('protocole du cabinet', { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await tester
    .getByLabel('Message', { exact: true })
    .fill('Mon fils s’est fait mordre la main par le chien ce matin, ça saigne.');
  await expect(category).toHaveText('Urgence immédiate');
  await expect(page.locator('[data-testid="tester-result"]:not([data-stale])')).toContainText('Morsure');
  await page.screenshot({ path: screenshotPath('34-protocole-testeur-1920') });
});
