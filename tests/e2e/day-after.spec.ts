import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { expect, test } from './fixtures';
import { api, apiPatient, apiWalkCase, completeSetup, parisHourNow, screenshotBothSizes } from './helpers';

// Issue 26 item 3, as a nurse makes the day-after calls: yesterday's patients who left, a short
// form with nothing answered in advance, a bad answer that reaches the surgeon at the top of the
// secretariat's queue, and the call in the patient's exchanges.

// The test runs at the real time: from 16:00 Paris (the default), a patient not reached is « non joint ».
const afternoon = parisHourNow() >= 16;

test('a J+1 call with a fever and a bleeding through: the surgeon’s alert heads the queue', async ({ page, paume }) => {
  test.setTimeout(120_000);
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const yesterday = shiftDay(parisToday(), -1);
  const marc = await apiPatient(page, paume.url, {
    birthName: 'Durand',
    firstNames: 'Marc',
    usedFirstName: 'Marc',
    birthDate: '1950-11-30',
    sex: 'M',
  });
  const session = await api(page, paume.url, 'theatre.createSession', {
    date: yesterday,
    room: '2',
    surgeonId: null,
    anaesthetist: '',
    scrubNurse: '',
    circulatingNurse: '',
  });
  const theatreCase = await api(page, paume.url, 'theatre.addCase', {
    sessionId: session.id,
    patientId: marc.id,
    procedure: 'Suture du fléchisseur',
    side: 'left',
    digits: ['D2'],
    zone: null,
    plannedAnaesthesia: 'regional',
    estimatedMinutes: 45,
    turnoverMinutes: 15,
    notes: '',
  });
  await apiWalkCase(page, paume.url, theatreCase.id, [
    'called',
    'in_room',
    'induction',
    'incision',
    'end',
    'recovery',
    'left',
  ]);

  // From the secretariat's links to Lendemain (J+1): Marc, with his birth date.
  await page.goto(`${paume.url}/#/secretariat/appels`);
  await page.getByRole('link', { name: 'Lendemain (J+1)' }).click();
  const row = page.getByTestId('day-after-row').filter({ hasText: 'DURAND Marc' });
  await expect(row).toContainText('30/11/1950');
  await expect(row).toContainText(afternoon ? 'non joint' : 'à appeler');

  // Nothing is answered in advance: « Joint » at once names what is still to ask.
  await page.keyboard.press('Alt+KeyJ');
  await expect(page.getByTestId('day-after-missing')).toContainText('douleur');
  await expect(page.getByTestId('day-after-missing')).toContainText('couleur des doigts');

  const form = page.getByTestId('day-after-form');
  await form
    .getByRole('radiogroup', { name: /Douleur/ })
    .getByLabel('4', { exact: true })
    .check();
  await form.getByLabel('Température (°C)').fill('38,6');
  await form.getByRole('radiogroup', { name: 'Saignement' }).getByLabel('traverse le pansement').check();
  await form.getByRole('radiogroup', { name: 'Couleur des doigts' }).getByLabel(/rose/).check();
  await form.getByRole('radiogroup', { name: 'Chaleur des doigts' }).getByLabel('chaud').check();
  await form.getByRole('radiogroup', { name: 'Nausées' }).getByLabel('non').check();
  await form.getByRole('radiogroup', { name: 'Sensibilité des doigts' }).getByLabel('encore endormi (bloc)').check();
  await form.getByRole('radiogroup', { name: 'Pansement' }).getByLabel('taché').check();
  await form.getByLabel('Questions du patient (lues par le protocole de tri)').fill('Est-ce que je peux me doucher ?');
  await screenshotBothSizes(page, 'day-after-form');
  await page.keyboard.press('Alt+KeyJ');
  await expect(page.getByTestId('day-after-alert')).toContainText('température 38,6 °C');
  await expect(page.getByTestId('day-after-alert')).toContainText('saignement qui traverse le pansement');
  await expect(row).toContainText('joint, alerte');
  await screenshotBothSizes(page, 'day-after-alert');

  // The secretariat's queue: the alert first, linked to Marc, signalled to the surgeon.
  await page.goto(`${paume.url}/#/secretariat`);
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Suivi J+1 : alerte');
  await expect(first).toContainText('38,6 °C');

  // The call is in Marc's file, among his exchanges, with its answers.
  await page.goto(`${paume.url}/#/patients/${marc.id}`);
  await page.getByRole('tab', { name: 'Échanges' }).click();
  await expect(page.getByTestId('exchange-day-after')).toContainText('appel du lendemain');
  await expect(page.getByTestId('exchange-day-after')).toContainText('douleur 4/10');
  await expect(page.getByTestId('exchange-day-after')).toContainText('alerte');
  await screenshotBothSizes(page, 'day-after-exchanges');

  // The thresholds, in Cabinet › Suivi J+1.
  await page.goto(`${paume.url}/#/cabinet/suivi`);
  await expect(page.getByTestId('day-after-thresholds')).toBeVisible();
  await screenshotBothSizes(page, 'day-after-thresholds');
});
