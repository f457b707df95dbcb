import { expect, screenshotPath, test } from './fixtures';
import { login } from './helpers';

// Issue 21: the inbox queue is reached and walked by the keyboard alone. Tab lands on the list as
// one stop, ↓ moves the selection (the page's own ↓ does not move it a second time), Entrée opens.

test.use({ serverArgs: ['--demo'] });

test('Tab to the queue, ↓ twice, Entrée: the third message is open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  const list = page.getByRole('listbox', { name: 'Messages' });
  const options = list.getByRole('option');
  await expect(options.nth(2)).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  const third = (await options.nth(2).locator('p').nth(1).textContent()) ?? '';
  expect(third).not.toBe('');

  // From the top of the page, Tab alone, as someone without a mouse would.
  await page.locator('body').evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });
  for (let press = 0; press < 40; press += 1) {
    if (await list.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', /^queue-message-\d+$/);

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Enter');
  await expect(list).toBeFocused();
  await expect(page.getByRole('heading', { level: 4, name: third })).toBeVisible();
  const active = await list.getAttribute('aria-activedescendant');
  expect(active).toBe(await options.nth(2).getAttribute('id'));
  // The message the list is on is outlined while the list has the focus.
  const outline = await options.nth(2).evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe('solid');
  await page.screenshot({ path: screenshotPath('inbox-keyboard') });

  // ↑ goes back one; the first message again with K (the key where it stands on AZERTY too).
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
});
