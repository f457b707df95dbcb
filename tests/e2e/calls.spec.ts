import { expect, test } from './fixtures';
import { apiPatient, completeSetup, screenshotBothSizes } from './helpers';

// Issue 26 item 1, as a secretary works a call: F4 from anywhere, the number says how many files
// hold it, the birth date shows the one, the emergency typed in the notes shows what to say at once,
// and the outcome is one key. The call is then in the queue, the cahier and the patient's file.

async function practiceWithFamily(page: Parameters<typeof completeSetup>[0], origin: string) {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Mother and daughter on the same mobile: the number alone must not pick one.
  await apiPatient(page, origin, { birthName: 'Meunier', firstNames: 'Jeanne', usedFirstName: 'Jeanne' });
  return apiPatient(page, origin, {
    birthName: 'Meunier',
    firstNames: 'Léa',
    usedFirstName: 'Léa',
    birthDate: '1990-07-01',
  });
}

test('an emergency call: advice shown while typing, booked in one key, traced everywhere', async ({ page, paume }) => {
  const daughter = await practiceWithFamily(page, paume.url);
  await page.goto(`${paume.url}/#/cabinet`);
  await page.keyboard.press('F4');
  const panel = page.getByTestId('new-call');
  await expect(panel).toBeVisible();
  await panel.getByLabel('Numéro de l’appelant').fill('06 12 34 56 78');
  await expect(panel.getByTestId('files-with-number')).toHaveText(/2 dossiers ont ce numéro/);
  // No name before the birth date.
  await expect(panel.getByText(/Léa/)).toHaveCount(0);
  await panel.getByLabel('Date de naissance du patient').fill('01/07/1990');
  await panel.getByRole('button', { name: /Léa.*01\/07\/1990/ }).click();
  await panel
    .getByLabel(/Motif/)
    .fill('Elle s’est coupé le pouce avec une scie circulaire, le bout est tombé, ça saigne beaucoup');
  await expect(panel.getByTestId('call-reading')).toContainText('Urgence immédiate');
  await expect(panel.getByTestId('call-first-aid')).toContainText('garrot');
  await screenshotBothSizes(page, 'calls-new-emergency');

  // Closed by mistake (Échap) and opened again: nothing typed is lost.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await page.keyboard.press('F4');
  await expect(page.getByTestId('call-notes')).toHaveValue(/scie circulaire/);

  await page.keyboard.press('Alt+KeyR');
  await expect(page).toHaveURL(/#\/secretariat\/rendez-vous\?message=\d+&urgence=urgence-immediate&patient=\d+/);
  await expect(page.getByTestId('new-call')).toHaveCount(0);

  await page.goto(`${paume.url}/#/secretariat/appels`);
  const cahier = page.getByTestId('calls-day');
  await expect(cahier).toContainText('MEUNIER Léa');
  await expect(cahier).toContainText('01/07/1990');
  await expect(cahier).toContainText('Rendez-vous à prendre');
  await screenshotBothSizes(page, 'calls-day');

  await page.goto(`${paume.url}/#/patients/${daughter.id}`);
  await page.getByRole('tab', { name: 'Échanges' }).click();
  await expect(page.getByText(/☎ appel de/)).toBeVisible();
});

test('a call to return sits in the queue beside the mail and is worked from there', async ({ page, paume }) => {
  await practiceWithFamily(page, paume.url);
  await page.goto(`${paume.url}/#/secretariat`);
  await page.getByTestId('new-call-button').click();
  const panel = page.getByTestId('new-call');
  await panel.getByLabel('Numéro de l’appelant').fill('05 55 12 12 12');
  await panel.getByLabel('Nom de l’appelant').fill('Pharmacie du Marché');
  await panel.getByText('Une pharmacie', { exact: true }).click();
  await panel.getByLabel(/Motif/).fill('Question sur l’ordonnance de M. Meunier, la posologie du paracétamol');
  await expect(panel.getByTestId('call-reading')).toBeVisible();
  // « Orienté » asks where to, inline, before anything is recorded.
  await page.keyboard.press('Alt+KeyO');
  await expect(panel.getByTestId('call-outcome-detail')).toBeVisible();
  await page.keyboard.press('Alt+KeyA');
  await expect(panel).toHaveCount(0);

  const queue = page.getByRole('listbox', { name: 'Messages' });
  const call = queue.getByTestId('queue-call').filter({ hasText: 'Pharmacie du Marché' });
  await expect(call).toBeVisible();
  await call.click();
  await expect(page.getByTestId('reply-refusal')).toContainText('rappeler le 05 55 12 12 12');
  await screenshotBothSizes(page, 'calls-in-queue');
  // T, the inbox's own key: a call is worked with the keys of the mail.
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('t');
  await expect(call).toHaveCount(0);
  await page.goto(`${paume.url}/#/secretariat/appels`);
  await expect(page.getByTestId('calls-day')).toContainText('Traité');
  await expect(page.getByTestId('calls-day')).toContainText('À rappeler');
});
