import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { login, noteRecoveryKey } from './helpers';

// Issue 21: every input a person sees on the main pages has a name of its own (a label, or
// aria-label where the design is dense), not only a placeholder that vanishes once typed in. The
// demonstration practice fills each page, so the inputs shown with data are checked too.

test.use({ serverArgs: ['--demo'] });

/**
 * The visible inputs of the page that have no name but their placeholder. Their name is looked up
 * as a screen reader would, without the placeholder (HTML-AAM's last resort, which Playwright's
 * own accessible name would count): aria-labelledby, aria-label, a label, a title.
 */
async function unnamedInputs(page: Page): Promise<string[]> {
  const unnamed: string[] = [];
  for (const input of await page.locator('input:visible, textarea:visible, select:visible').all()) {
    const found = await input.evaluate((element) => {
      const text = (node: Element | null) => node?.textContent.trim() ?? '';
      const field = element as HTMLInputElement;
      const byIds = (field.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .join('');
      const byLabels = [...(field.labels ?? [])].map(text).join('');
      const name = byIds || field.getAttribute('aria-label')?.trim() || byLabels || field.title.trim();
      return name ? null : field.outerHTML.slice(0, 240);
    });
    if (found) unnamed.push(found);
  }
  return unnamed;
}

/** A panel's inputs come with its data: waits until as many show twice in a row. */
async function settled(page: Page): Promise<void> {
  const visible = page.locator('input:visible, textarea:visible, select:visible');
  let last = -1;
  await expect
    .poll(
      async () => {
        const count = await visible.count();
        const same = count === last;
        last = count;
        return same;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

/** Each route, once what shows it has come: the inputs of a page still loading are not all there. */
async function checkPages(page: Page, routes: readonly { path: string; ready: string }[]): Promise<void> {
  const origin = new URL(page.url()).origin;
  for (const { path, ready } of routes) {
    await page.goto(`${origin}/#${path}`);
    await expect(page.getByText(ready).first()).toBeVisible();
    await settled(page);
    expect(await unnamedInputs(page), path).toEqual([]);
  }
}

test('the secretariat’s pages: every visible input is named', async ({ page }) => {
  await login(page, 'accueil', 'demo-paume');
  await expect(page.getByRole('listbox', { name: 'Messages' })).toBeVisible();
  await checkPages(page, [
    { path: '/secretariat', ready: 'Attribué à' },
    { path: '/secretariat/rendez-vous', ready: 'Trouver et réserver' },
    { path: '/secretariat/salle-attente', ready: 'Salle d’attente du' },
    { path: '/patients/nouveau', ready: 'Nouveau patient' },
    { path: '/patients/1', ready: 'Dossier' },
  ]);
  // The day list's move and cancellation, opened: their reasons are named too.
  await page.goto(`${new URL(page.url()).origin}/#/secretariat/rendez-vous`);
  const day = page.getByTestId('day-list');
  await day.getByRole('button', { name: 'Déplacer…' }).first().click();
  await day.getByRole('button', { name: 'Annuler…' }).first().click();
  await expect(page.getByTestId('move-confirmation')).toBeVisible();
  expect(await unnamedInputs(page), 'déplacement et annulation').toEqual([]);
  await page.getByText('Semaine', { exact: true }).click();
  expect(await unnamedInputs(page), 'semaine').toEqual([]);
});

test('the surgeon’s, the theatre’s and every Cabinet tab: every visible input is named', async ({ page }) => {
  await login(page, 'claire.fontaine', 'demo-paume');
  // The administrator's first login shows the recovery key once.
  await noteRecoveryKey(page);
  await checkPages(page, [
    { path: '/consultation', ready: 'Consultations du' },
    { path: '/bloc', ready: 'Programme opératoire' },
  ]);
  await page.goto(`${new URL(page.url()).origin}/#/cabinet`);
  const tabs = page.getByRole('tab');
  await expect(tabs.first()).toBeVisible();
  for (const name of await tabs.allInnerTexts()) {
    await page.getByRole('tab', { name, exact: true }).click();
    await expect(page.getByRole('tabpanel', { name, exact: true })).toBeVisible();
    await settled(page);
    expect(await unnamedInputs(page), `Cabinet › ${name}`).toEqual([]);
  }
  // An editor row of the shared table, opened.
  await page.getByRole('tab', { name: 'Praticiens', exact: true }).click();
  await page.getByRole('button', { name: 'Modifier Claire Fontaine' }).click();
  expect(await unnamedInputs(page), 'Praticiens, rangée ouverte').toEqual([]);
});
