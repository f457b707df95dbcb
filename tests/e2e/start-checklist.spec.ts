import { expect, screenshotPath, test } from './fixtures';
import { surgeonInput } from '../helpers/practitioners';
import { api, completeSetup } from './helpers';

// Issue 22 item 13: the first start no longer leaves the administrator stranded on an empty
// Consultation. It ends on Cabinet's « Mise en route », each missing step a link; a step set up
// leaves the list.

test('the first start ends on what the practice still needs, each step a link', async ({ page, paume }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await completeSetup(page);
  await expect(page).toHaveURL(/#\/cabinet/);
  const checklist = page.getByTestId('start-checklist');
  await expect(checklist).toContainText('Mise en route du cabinet : 6 choses à régler');
  await expect(page.getByTestId('start-step-praticiens')).toContainText('Aucun chirurgien');
  await page.screenshot({ path: screenshotPath('42-start-checklist-1280') });

  await checklist.getByRole('link', { name: 'Les chirurgiens du cabinet' }).click();
  await expect(page).toHaveURL(/#\/cabinet\/praticiens/);
  await expect(page.getByRole('button', { name: 'Ajouter un praticien' })).toBeVisible();

  // A surgeon created elsewhere (here through the API): the step is done at the next reading.
  await api(page, paume.url, 'practice.addPractitioner', surgeonInput());
  await page.reload();
  await expect(checklist).toContainText('5 choses à régler');
  await expect(page.getByTestId('start-step-horaires')).toContainText('Sans horaires : Dr Fontaine.');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: screenshotPath('42-start-checklist-1920') });
});
