import { frDate } from '../../electron/api/common/french';
import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { expect, test } from './fixtures';
import { api, apiPatient, completeSetup, parisHourNow, screenshotBothSizes } from './helpers';

// Issue 26 item 2, as the secretary makes tomorrow's calls: the list from the theatre list with
// birth dates, what to tell the patient, the answers in one key, and the Bloc card showing them.

// The test runs at the real time: from 18:00 Paris the day before, a patient not reached is « non joint ».
const evening = parisHourNow() >= 18;

test('a J-1 call changes the music and the anaesthesia; the Bloc sees both on the card', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const tomorrow = shiftDay(parisToday(), 1);
  const lea = await apiPatient(page, paume.url, { birthName: 'Meunier', firstNames: 'Léa', usedFirstName: 'Léa' });
  const marc = await apiPatient(page, paume.url, {
    birthName: 'Durand',
    firstNames: 'Marc',
    usedFirstName: 'Marc',
    birthDate: '1950-11-30',
    sex: 'M',
  });
  const session = await api(page, paume.url, 'theatre.createSession', {
    date: tomorrow,
    room: '2',
    surgeonId: null,
    anaesthetist: '',
    scrubNurse: '',
    circulatingNurse: '',
  });
  for (const [patientId, plannedAnaesthesia] of [
    [lea.id, 'walant'],
    [marc.id, 'regional'],
  ] as const)
    await api(page, paume.url, 'theatre.addCase', {
      sessionId: session.id,
      patientId,
      procedure: 'Ténolyse du fléchisseur',
      side: 'right',
      digits: ['D4'],
      zone: 'IPP',
      plannedAnaesthesia,
      estimatedMinutes: 45,
      turnoverMinutes: 15,
      notes: '',
    });

  await page.goto(`${paume.url}/#/secretariat/veille`);
  const list = page.getByTestId('day-before-list');
  await expect(list.getByTestId('day-before-row')).toHaveCount(2);
  await expect(list).toContainText('30/11/1950');
  await expect(page.getByTestId('day-before-counts')).toContainText(evening ? '2 non joints' : '2 à appeler');
  await list.getByTestId('day-before-row').filter({ hasText: 'Marc' }).click();
  const form = page.getByTestId('day-before-form');
  await expect(form.getByTestId('day-before-to-say')).toContainText('À jeun');
  await form.getByText('WALANT (réveillé)').click();
  await expect(form.getByTestId('anaesthesia-changing')).toBeVisible();
  await form.getByRole('combobox', { name: 'Musique au bloc' }).click();
  await page.getByRole('option', { name: 'Ses propres écouteurs' }).click();
  await form.getByLabel('De quoi aime-t-il ou elle parler').fill('Son potager, les tomates anciennes');
  await screenshotBothSizes(page, 'day-before-call');
  await page.keyboard.press('Alt+KeyJ');
  await expect(page.getByTestId('day-before-counts')).toContainText('1 joint');

  // The other patient does not answer: one attempt, still on the list.
  await list.getByTestId('day-before-row').filter({ hasText: 'Léa' }).click();
  await page.keyboard.press('Alt+KeyN');
  await expect(page.getByTestId('day-before-counts')).toContainText(evening ? '1 non joint' : '1 à rappeler');

  await page.goto(`${paume.url}/#/bloc`);
  await expect(page.getByRole('heading', { name: 'Programme opératoire' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByLabel('Jour du programme')).toHaveValue(frDate(tomorrow));
  await expect(page.getByTestId('day-before-anaesthesia-change')).toContainText('ALR (bloc)');
  await expect(page.getByTestId('day-before-anaesthesia-change')).toContainText('WALANT (réveillé)');
  await expect(page.getByTestId('day-before-flag').filter({ hasText: 'Veille : joint' })).toHaveCount(1);
  await expect(
    page
      .getByTestId('day-before-flag')
      .filter({ hasText: evening ? 'Veille : non joint (1 essai)' : 'Veille : à rappeler (1 essai)' }),
  ).toHaveCount(1);
  await expect(page.getByTestId('case-card').filter({ hasText: 'DURAND Marc' })).toContainText('ses propres écouteurs');
  await expect(page.getByTestId('case-card').filter({ hasText: 'DURAND Marc' })).toContainText('tomates anciennes');
  await screenshotBothSizes(page, 'day-before-bloc');

  // The day's cahier says where tomorrow's calls stand.
  await page.goto(`${paume.url}/#/secretariat/appels`);
  await expect(page.getByTestId('day-before-summary')).toContainText(evening ? '1 non joint' : '1 patient à appeler');
  await expect(page.getByTestId('day-before-summary')).toContainText('1 joint');

  // The call is in Marc's file, among his exchanges.
  await page.goto(`${paume.url}/#/patients/${marc.id}`);
  await page.getByRole('tab', { name: 'Échanges' }).click();
  await expect(page.getByTestId('exchange-day-before')).toContainText('appel de la veille');
  await expect(page.getByTestId('exchange-day-before')).toContainText('ALR (bloc) → WALANT (réveillé)');
});
