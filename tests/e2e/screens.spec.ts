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
