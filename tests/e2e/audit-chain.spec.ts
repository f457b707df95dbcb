import { openWithFolderKey } from '../helpers/data-key';
import { join } from 'node:path';
import { expect, screenshotPath, test } from './fixtures';
import { apiPatient, completeSetup } from './helpers';

// Issue 14, the log nobody can rewrite: Cabinet › Journal checks the whole chain; an entry changed
// in the database file behind Paume's back is named.

test('Cabinet › Journal checks the chain and names an entry changed in the file', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await apiPatient(page, paume.url, { birthName: 'Journal', firstNames: 'Anne' });
  await page.goto(`${paume.url}/#/cabinet`);
  await page.getByRole('tab', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'Vérifier la chaîne du journal' }).click();
  await expect(page.getByTestId('chain-report')).toContainText('Chaîne intacte');

  // Someone with the disk and the key in hand removes the guard and rewrites entry 2 (another connection).
  const raw = openWithFolderKey(join(paume.dataDir, 'paume.sqlite'));
  raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'rien' WHERE id = 2");
  raw.close();
  await page.getByRole('button', { name: 'Vérifier la chaîne du journal' }).click();
  await expect(page.getByTestId('chain-report')).toContainText('Chaîne rompue à l’entrée n° 2');
  await expect(page.getByTestId('chain-report')).toContainText('son contenu a été modifié');
  await page.screenshot({ path: screenshotPath('50-audit-chain-broken') });
});
