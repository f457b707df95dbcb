import { parisToday } from '../../electron/api/common/paris-day';
import { expect, test } from './fixtures';
import { api, apiPatient, apiWalkCase, completeSetup, screenshotBothSizes } from './helpers';

// Issue 26 item 4, as the Bloc and the surgeon would: the nurse records « Sorti », the list names
// the patient who left without a signed lettre de liaison (birth date beside the name); the surgeon
// opens it from there, prepared from the case, and signs it; the patient leaves the list.

test('a patient who leaves has a lettre de liaison prepared, listed in the Bloc until it is signed', async ({
  page,
  paume,
}) => {
  test.setTimeout(120_000);
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const today = parisToday();
  const patient = await apiPatient(page, paume.url, {
    birthName: 'Durand',
    firstNames: 'Marc',
    usedFirstName: 'Marc',
    sex: 'M',
  });
  const session = await api(page, paume.url, 'theatre.createSession', {
    date: today,
    room: '1',
    surgeonId: null,
    anaesthetist: 'Dr Roux',
    scrubNurse: '',
    circulatingNurse: '',
  });
  const theatreCase = await api(page, paume.url, 'theatre.addCase', {
    sessionId: session.id,
    patientId: patient.id,
    procedure: 'Libération du canal carpien',
    side: 'left',
    digits: [],
    zone: 'poignet',
    plannedAnaesthesia: 'walant',
    estimatedMinutes: 20,
    turnoverMinutes: 10,
    notes: '',
  });
  // The day walked through the API up to the recovery room, each checklist moment said at its pause.
  await apiWalkCase(page, paume.url, theatreCase.id, ['called', 'in_room', 'induction', 'incision', 'end', 'recovery']);

  await page.goto(`${paume.url}/#/bloc`);
  await expect(page.getByTestId('liaison-missing')).toBeHidden();
  await page.getByRole('button', { name: 'Sorti →' }).click();
  const missing = page.getByTestId('liaison-missing');
  await expect(missing).toContainText('Sortis sans lettre de liaison signée : 1');
  await expect(missing).toContainText('DURAND Marc');
  await expect(missing).toContainText(/\(\d{2}\/\d{2}\/\d{4}\)/);
  await expect(missing).toContainText('brouillon prêt, à signer');
  await expect(page.getByTestId('case-without-liaison')).toBeVisible();
  await screenshotBothSizes(page, '90-bloc-left-without-liaison');

  await missing.getByRole('button', { name: 'Ouvrir la lettre' }).click();
  await expect(page.getByTestId('patient-name')).toHaveText('DURAND Marc');
  await expect(page.getByRole('textbox', { name: /^Motif de la prise en charge/ })).toHaveValue(
    /^Libération du canal carpien, main gauche, poignet, le \d{2}\/\d{2}\/\d{4}\.$/,
  );
  await expect(page.getByRole('textbox', { name: /^Suite à donner/ })).toHaveValue(
    /Rendez-vous de contrôle à prendre auprès du secrétariat\. Appel de suivi par le cabinet le lendemain/,
  );
  await screenshotBothSizes(page, '91-liaison-letter-prepared');
  await page.getByRole('button', { name: 'Générer le courrier' }).click();
  await expect(page.getByText(/Lettre de liaison \(sortie\)/).first()).toBeVisible();

  await page.goto(`${paume.url}/#/bloc`);
  await expect(page.getByTestId('theatre-session')).toContainText('DURAND');
  await expect(page.getByTestId('liaison-missing')).toBeHidden();
  await expect(page.getByTestId('case-without-liaison')).toBeHidden();
});
