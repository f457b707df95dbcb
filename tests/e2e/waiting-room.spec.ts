import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { ADMIN, api, apiPatient, completeSetup, login } from './helpers';
import { surgeonInput } from '../helpers/practitioners';

// Issue 12 (started): the secretary marks an arrival; the surgeon's Consultation page, on another
// seat, sees it at once and N opens that patient's file.

test('an arrival seen at once on the surgeon’s seat; N opens the next patient', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const surgeon = await api(page, paume.url, 'practitioners.create', surgeonInput('Fontaine'));
  const motif = await api(page, paume.url, 'agenda.saveMotif', {
    label: 'Consultation',
    durationMinutes: 15,
    practitionerIds: [surgeon.id],
  });
  const patient = await apiPatient(page, paume.url, { birthName: 'Meunier', firstNames: 'Léa', usedFirstName: 'Léa' });
  const walkIn = await apiPatient(page, paume.url, {
    birthName: 'Roussel',
    firstNames: 'Kévin',
    usedFirstName: 'Kévin',
    sex: 'M',
  });
  // A walk-in needs no opening hours: it is what the waiting room is for at any time of day.
  await api(page, paume.url, 'agenda.walkIn', { patientId: patient.id, practitionerId: surgeon.id, motifId: motif.id });

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
  } finally {
    await second.close();
  }
});
