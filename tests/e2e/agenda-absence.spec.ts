import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { frDate } from '../../electron/api/common/french';
import { publicHoliday } from '../../electron/services/agenda/holidays';
import { expect, screenshotPath, test } from './fixtures';
import { api, apiPatient, apiSurgeonWithAgenda, completeSetup, screenshotBothSizes } from './helpers';

// Issue 24 point 12, as the practice would do it: a week's absence is entered in Cabinet › Agenda
// over three booked patients; the page says so and lists them; on Rendez-vous the secretary moves
// two of them with the finder (that patient, that motif), and the third stays listed.

test('a week’s absence over booked patients: listed where it is typed, two moved from Rendez-vous', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const {
    surgeonId,
    motifIds: [motifId],
  } = await apiSurgeonWithAgenda(page, paume.url, [['Contrôle', 20]]);
  // Three weeks ahead or a little more: a week wholly to come with no public holiday in it,
  // whatever the day the test runs (Christmas is three weeks after 4 December).
  let first = shiftDay(parisToday(), 21);
  while ([0, 1, 2, 3, 4].some((day) => publicHoliday(shiftDay(first, day), 'metropole'))) first = shiftDay(first, 1);
  const names = ['Aubert', 'Besson', 'Charpin'];
  for (const [index, birthName] of names.entries()) {
    const patient = await apiPatient(page, paume.url, {
      birthName,
      firstNames: 'Luc',
      usedFirstName: 'Luc',
      birthDate: `1970-0${index + 1}-15`,
    });
    await api(page, paume.url, 'agenda.book', {
      patientId: patient.id,
      practitionerId: surgeonId,
      motifId,
      date: shiftDay(first, index + 1),
      time: '10:00',
    });
  }

  await page.goto(`${paume.url}/#/cabinet`);
  await page.reload();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Agenda' });
  await panel.getByLabel('Nature').selectOption('absence');
  await panel.getByLabel('Le', { exact: true }).fill(frDate(first));
  await panel.getByLabel('Au (facult.)').fill(frDate(shiftDay(first, 4)));
  await panel.getByLabel('Libellé').fill('congrès');
  await panel.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('3 patients avaient rendez-vous pendant cette absence');
  const listed = panel.getByTestId('covered-row');
  await expect(listed).toHaveCount(3);
  // Each with the birth date (identity vigilance) and what covers it.
  await expect(listed.first()).toContainText('15/01/1970');
  await expect(listed.first()).toContainText('absence (congrès)');
  await page.screenshot({ path: screenshotPath('60-absence-over-booked-cabinet'), fullPage: true });

  await page.goto(`${paume.url}/#/secretariat/rendez-vous`);
  const covered = page.getByTestId('covered-appointments');
  await expect(covered.getByTestId('covered-row')).toHaveCount(3);
  await screenshotBothSizes(page, '61-absence-over-booked-agenda');
  for (const [moved, birthName] of names.slice(0, 2).entries()) {
    await covered
      .getByTestId('covered-row')
      .filter({ hasText: birthName.toUpperCase() })
      .getByText('Déplacer…')
      .click();
    // The finder opens on that patient and that motif, as a move.
    await expect(page.getByTestId('finder-move')).toContainText(`(Contrôle)`);
    await expect(page.getByText(`Patient : ${birthName.toUpperCase()} Luc`)).toBeVisible();
    await expect(page.getByLabel('Raison du déplacement')).toHaveValue('absence (congrès)');
    if (moved === 0) await screenshotBothSizes(page, '62-finder-move');
    const slot = page.getByTestId('slot').first();
    await expect(slot).toContainText('Déplacer ici (Entrée)');
    await page.getByLabel('Raison du déplacement').press('Enter');
    // The first move's notice may still be showing beside the second's (or have closed).
    await expect(page.getByText(/Rendez-vous déplacé/).last()).toBeVisible();
    await expect(covered.getByTestId('covered-row')).toHaveCount(2 - moved);
    // The finder is a plain search again: its next Entrée would book, not move again.
    await expect(page.getByTestId('finder-move')).toHaveCount(0);
  }
  await expect(covered.getByTestId('covered-row')).toContainText('CHARPIN Luc');
});
