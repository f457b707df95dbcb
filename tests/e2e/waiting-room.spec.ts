import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { ADMIN, api, apiPatient, apiSurgeonWithAgenda, completeSetup, login } from './helpers';

// Issue 12 (started): the secretary marks an arrival; the surgeon's Consultation page, on another
// seat, sees it at once, N opens that patient's file and C books the check in 10 days from there.

test('an arrival seen at once on the surgeon’s seat; N opens the next patient', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const {
    surgeonId,
    motifIds: [motifId],
  } = await apiSurgeonWithAgenda(page, paume.url, [
    ['Consultation', 15],
    ['Contrôle post-opératoire', 15],
  ]);
  const patient = await apiPatient(page, paume.url, { birthName: 'Meunier', firstNames: 'Léa', usedFirstName: 'Léa' });
  const walkIn = await apiPatient(page, paume.url, {
    birthName: 'Roussel',
    firstNames: 'Kévin',
    usedFirstName: 'Kévin',
    sex: 'M',
  });
  // A walk-in needs no opening hours: it is what the waiting room is for at any time of day.
  await api(page, paume.url, 'agenda.walkIn', { patientId: patient.id, practitionerId: surgeonId, motifId });

  const second = await launchChromium();
  try {
    const seat = second.context.pages()[0] ?? (await second.context.newPage());
    await seat.goto(paume.url);
    await login(seat, ADMIN.login, ADMIN.password);
    await seat.goto(`${paume.url}/#/consultation`);
    await expect(seat.getByTestId('consultation-day')).toContainText('MEUNIER Léa');

    // Made through the API right after setup, maybe before this page's event stream was open.
    await page.goto(`${paume.url}/#/secretariat/salle-attente`);
    await page.reload();
    const room = page.getByTestId('waiting-room');
    await expect(room).toContainText('arrivé');
    await page.getByLabel('Patient', { exact: true }).fill('roussel');
    await page.getByLabel('Praticien').selectOption({ label: 'Dr Claire Fontaine' });
    await page.getByLabel('Motif').selectOption({ label: 'Consultation' });
    await page.getByRole('button', { name: /Ajouter ROUSSEL Kévin/ }).click();
    await expect(room).toContainText('ROUSSEL Kévin');
    await expect(room).toContainText('sans rendez-vous');
    await room
      .getByRole('row', { name: /MEUNIER/ })
      .getByRole('button', { name: 'en salle d’attente' })
      .click();
    await expect(seat.getByTestId('consultation-day')).toContainText('en salle d’attente');
    await expect(seat.getByTestId('consultation-day')).toContainText('ROUSSEL Kévin');
    await page.screenshot({ path: screenshotPath('42-waiting-room') });

    await seat.locator('body').press('n');
    await expect(seat).toHaveURL(new RegExp(`#/patients/${patient.id}`));
    await expect(room).toContainText('en consultation');
    expect(walkIn.id).toBeGreaterThan(0);

    // Back on the day's list, C finds the post-operative check 10 days on; Entrée books it.
    await seat.goto(`${paume.url}/#/consultation`);
    await expect(seat.getByTestId('consultation-day')).toContainText('en consultation');
    await seat.locator('body').press('c');
    await expect(seat.getByText('Patient : MEUNIER Léa')).toBeVisible();
    await expect(seat.getByRole('combobox', { name: 'Motif' })).toHaveValue(/Contrôle post-opératoire/);
    const first = seat.getByTestId('slot').first();
    const [day, month, year] = (((await first.locator('p').first().textContent()) ?? '').split(' ')[0] ?? '').split(
      '/',
    );
    // Ten Paris days on (the test's own clock is UTC: the day before between midnight and 1 a.m.).
    expect(`${year}-${month}-${day}` >= shiftDay(parisToday(), 10)).toBe(true);
    await seat.screenshot({ path: screenshotPath('46-consultation-next-check') });
    await seat.getByRole('combobox', { name: 'Motif' }).press('Enter');
    await expect(seat.getByTestId('slot')).toHaveCount(0);
    await seat.goto(`${paume.url}/#/patients/${patient.id}`);
    await expect(seat.getByTestId('patient-appointments')).toContainText(`${day}/${month}/${year}`);
    await expect(seat.getByTestId('patient-appointments')).toContainText('Contrôle post-opératoire');
  } finally {
    await second.close();
  }
});
