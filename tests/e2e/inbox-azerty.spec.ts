import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';
import { login } from './helpers';

// Issue 22 item 14: on a French AZERTY keyboard the digit row types & é " ' ( - è _ ç à without
// Shift. The events below are the ones such a keyboard sends (physical code Digit1, character « & »);
// a shortcut comparing `key` with '1' never fires for them.

test.use({ serverArgs: ['--demo'] });

const AZERTY_DIGITS: Record<number, string> = { 1: '&', 2: 'é', 3: '"', 4: "'", 5: '(', 6: '-', 7: 'è', 8: '_' };

async function pressAzertyDigit(page: Page, digit: number, modifiers: { alt?: boolean } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const key = AZERTY_DIGITS[digit] ?? '';
  const common = {
    code: `Digit${digit}`,
    key,
    windowsVirtualKeyCode: 48 + digit,
    modifiers: modifiers.alt ? 1 : 0,
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...common, ...(modifiers.alt ? {} : { text: key }) });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
  await cdp.detach();
}

test('AZERTY « & » (Digit1) classes the open message as urgence immédiate', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  const options = page.getByRole('listbox', { name: 'Messages' }).getByRole('option');
  await expect(options.last()).toBeVisible();
  // The last of the queue is the least urgent one: « & » raises it.
  await options.last().click();
  await expect(page.getByTestId('reasons')).toBeVisible();
  await expect(page.getByTestId('reasons').getByText('Urgence immédiate', { exact: true })).toHaveCount(0);
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pressAzertyDigit(page, 1);
  await expect(page.getByTestId('reasons').getByText('Urgence immédiate', { exact: true })).toBeVisible();
});

test('AZERTY Alt+« é » (Alt+Digit2) opens the second workspace', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  await expect(page.getByRole('listbox', { name: 'Messages' })).toBeVisible();
  await pressAzertyDigit(page, 2, { alt: true });
  await expect(page).toHaveURL(/#\/consultation/);
});

test('an urgence immédiate is not lowered by « " » (Digit3) without a reason, nor hidden by S', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  const options = page.getByRole('listbox', { name: 'Messages' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  // The queue's first message is its most urgent one.
  await options.first().click();
  const reasons = page.getByTestId('reasons');
  await expect(reasons.getByText('Urgence immédiate', { exact: true })).toBeVisible();
  // What to do now comes before any booking (issue 22 item 8): the patient's number, the 15.
  const instructions = page.getByTestId('emergency-instructions');
  await expect(instructions).toContainText('Appeler le patient maintenant : 06 12 00 00 01');
  await expect(instructions).toContainText('15');
  await expect(instructions.getByRole('link', { name: '06 12 00 00 01' })).toHaveAttribute('href', 'tel:0612000001');
  await page.screenshot({ path: screenshotPath('36-inbox-emergency-instructions-1280') });
  const counter = page.getByTitle('Raccourci pour classer : 1');
  const before = await counter.textContent();
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pressAzertyDigit(page, 3);
  const lowering = page.getByTestId('lowering-emergency');
  await expect(lowering).toContainText(/Baisser « Urgence immédiate » en « Semi-urgent.* » : pourquoi ?/);
  await expect(reasons.getByText('Urgence immédiate', { exact: true })).toBeVisible();
  await expect(lowering.getByRole('button', { name: 'Baisser la catégorie' })).toBeDisabled();
  await page.screenshot({ path: screenshotPath('31-inbox-lowering-emergency-1280') });
  await lowering.getByRole('button', { name: 'Garder l’urgence' }).click();
  await expect(lowering).toBeHidden();
  // « S » would snooze it until tomorrow: refused, said where she looks, the counter unchanged.
  await page.keyboard.press('s');
  await expect(page.getByText(/Une urgence ne se reporte pas/)).toBeVisible();
  await expect(counter).toHaveText(before ?? '');
  await expect(page.getByRole('combobox', { name: 'Reporter' })).toBeDisabled();
  // With a reason, it is lowered, and raising it back is one key.
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pressAzertyDigit(page, 3);
  await lowering.getByRole('textbox').fill('Rappelée : coupure superficielle, sensibilité normale');
  await lowering.getByRole('button', { name: 'Baisser la catégorie' }).click();
  await expect(reasons.getByText(/^Semi-urgent/).first()).toBeVisible();
});
