import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
