import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshotPath, test } from './fixtures';
import { ADMIN, apiPatient, fillSetup } from './helpers';

// Issue 14, encrypted at rest, as a new practice meets it: after creating the practice the
// administrator sees the recovery key once and cannot go on before typing it back; the data
// folder then holds nothing readable.

function folderBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) parts.push(readFileSync(join(entry.parentPath, entry.name)));
  return Buffer.concat(parts);
}

test('first setup shows the recovery key once, requires it typed back, and the disk holds nothing readable', async ({
  page,
  paume,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await fillSetup(page, ADMIN);
  await page.getByRole('button', { name: 'Créer le cabinet' }).click();
  await expect(page.getByRole('heading', { name: 'Clé de secours de la base' })).toBeVisible();
  const shown = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(shown).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  // The app is not reachable before the key is noted.
  await expect(page.getByTestId('current-user')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('60-recovery-key') });

  // A slip in the copy: refused with the field named, and what was typed stays.
  const slip = (shown.startsWith('A') ? 'B' : 'A') + shown.slice(1);
  const field = page.getByLabel('Recopiez la clé imprimée pour confirmer qu’elle est rangée');
  await field.fill(slip);
  await page.getByRole('button', { name: 'La clé est rangée : continuer' }).click();
  await expect(page.getByText('ne correspond pas à la clé affichée')).toBeVisible();
  await expect(field).toHaveValue(slip);
  await page.screenshot({ path: screenshotPath('61-recovery-key-mistyped') });

  // Closing the window before noting it: the same key is shown again.
  await page.reload();
  await expect(page.getByTestId('recovery-key')).toHaveText(shown);
  await field.fill(shown.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'La clé est rangée : continuer' }).click();
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.displayName);

  // Never shown again.
  await page.reload();
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.displayName);
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  const again = await page.request.post(`${paume.url}/api/keys.recoveryKey`, { data: {} });
  expect(((await again.json()) as { ok: boolean }).ok).toBe(false);

  await apiPatient(page, paume.url, { birthName: 'Zéphirin', firstNames: 'Odile' });
  const bytes = folderBytes(paume.dataDir);
  expect(bytes.includes('SQLite format 3')).toBe(false);
  expect(bytes.includes('Zéphirin')).toBe(false);
  expect(bytes.includes('Odile')).toBe(false);
  expect(statSync(join(paume.dataDir, 'cles', 'base.cle')).mode & 0o077).toBe(0);
});
