import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/crash-runs';
import { expect, screenshotPath, test } from './fixtures';
import { ADMIN, apiPatient, completeSetup, login, noteRecoveryKey } from './helpers';

// Issue 14, tried as a new administrator would: Cabinet › Sauvegardes warns in red until a backup
// exists, takes a folder and a passphrase, backs up now; the backup is restored with
// `paume restore` into another data folder, and Paume started there shows the patient. The dry run
// names the backup's practice (issue 27).

test('a backup made in Cabinet › Sauvegardes restores into another data folder with the patient there', async ({
  page,
  paume,
}) => {
  const backups = mkdtempSync(join(tmpdir(), 'paume-e2e-sauvegardes-'));
  const elsewhere = mkdtempSync(join(tmpdir(), 'paume-e2e-restauree-'));
  try {
    await completeSetup(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await apiPatient(page, paume.url, { birthName: 'Sauvé', firstNames: 'Gaston', usedFirstName: 'Gaston', sex: 'M' });
    await page.goto(`${paume.url}/#/cabinet`);
    await page.getByRole('tab', { name: 'Sauvegardes' }).click();
    await expect(page.getByTestId('backup-overdue')).toContainText('Aucune sauvegarde réussie');
    await page.getByLabel('Dossier des sauvegardes').fill(backups);
    await page.getByLabel('Phrase secrète', { exact: true }).fill('courte');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByText('12 caractères au moins', { exact: true })).toBeVisible();
    await page.getByLabel('Phrase secrète', { exact: true }).fill('la clé est dans le coffre');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect(page.getByTestId('backup-last')).toContainText('base vérifiée (intégrité ok, 1 patient)');
    await expect(page.getByTestId('backup-overdue')).toBeHidden();
    // Issue 22: the list says where each backup is (the disk it went to).
    await expect(page.getByTestId('backup-where').first()).toHaveText(backups);
    // The dry run from Cabinet: what the backup holds, nothing changed; the restore is then asked for the next start.
    await page.getByRole('button', { name: 'Essai de restauration' }).first().click();
    await expect(page.getByTestId('restore-dry-run')).toContainText('Intégrité ok');
    await expect(page.getByTestId('restore-dry-run')).toContainText('1 patient,');
    // Issue 27: the dry run names the backup's practice, against the one in place.
    await expect(page.getByTestId('restore-practice')).toHaveText(
      'Sauvegarde du cabinet « SOS Main Test », celui en place.',
    );
    await expect(page.getByTestId('restore-dry-run')).toContainText('0 document vérifié');
    await expect(page.getByTestId('restore-missing')).toBeHidden();
    await expect(page.getByLabel('Sauvegarde d’un autre cabinet : la restaurer quand même')).toBeHidden();
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde au prochain démarrage' }).click();
    await expect(page.getByTestId('restore-pending')).toContainText('prochain démarrage de Paume');
    await page.screenshot({ path: screenshotPath('52-cabinet-sauvegardes') });
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.getByTestId('restore-pending')).toBeHidden();

    const file = readdirSync(backups).find((name) => name.endsWith('.sauvegarde')) ?? '';
    const output = execFileSync(
      process.execPath,
      ['dist/cli.cjs', 'restore', join(backups, file), '--data-dir', elsewhere],
      {
        env: { ...process.env, PAUME_PHRASE_SAUVEGARDE: 'la clé est dans le coffre' },
        encoding: 'utf8',
      },
    );
    expect(output).toMatch(/Sauvegarde du cabinet « SOS Main Test » ; aucune base en place dans ce dossier\./);
    expect(output).toMatch(/Restaurée dans/);
    const restored = await startServer(elsewhere);
    try {
      // A new visit (cookies are per host, not per port: this seat's session would otherwise carry over).
      await page.context().clearCookies();
      await page.goto(restored.url);
      await login(page, ADMIN.login, ADMIN.password);
      // Restored into a folder with a key of its own: the administrator notes its recovery key first.
      await noteRecoveryKey(page);
      await page.getByRole('combobox', { name: 'Rechercher un patient' }).fill('sauvé');
      await expect(page.getByRole('option', { name: /SAUVÉ Gaston/ })).toBeVisible();
    } finally {
      restored.child.kill('SIGTERM');
    }
  } finally {
    rmSync(backups, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
