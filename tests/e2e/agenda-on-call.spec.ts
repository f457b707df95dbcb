import { parisToday, parisWeekday, shiftDay } from '../../electron/api/common/paris-day';
import { frDate } from '../../electron/api/common/french';
import { expect, test } from './fixtures';
import { api, apiPatient, completeSetup, screenshotBothSizes } from './helpers';
import { surgeonInput } from '../helpers/practitioners';

// Issue 24 points 1 and 2, as an administrator then a secretary would do it: the practice's
// region chosen in Cabinet; next Sunday (closed: the surgeon consults Monday to Friday) opened
// as an on-call morning for the emergency motifs; an emergency booked on it from Rendez-vous.

test('a Sunday on call opened in Cabinet, an emergency booked on it; the region kept', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const surgeon = await api(page, paume.url, 'practice.addPractitioner', surgeonInput('Fontaine'));
  await api(page, paume.url, 'agenda.saveMotif', {
    label: 'Urgence main',
    durationMinutes: 15,
    practitionerIds: [surgeon.id],
    emergencyAllowed: true,
  });
  for (const weekday of [1, 2, 3, 4, 5])
    await api(page, paume.url, 'agenda.addPeriod', {
      practitionerId: surgeon.id,
      weekday,
      startTime: '08:00',
      endTime: '18:00',
      validFrom: '2020-01-01',
    });
  await apiPatient(page, paume.url, { birthName: 'Dimanche', firstNames: 'Léo', usedFirstName: 'Léo', sex: 'M' });
  let sunday = shiftDay(parisToday(), 1);
  while (parisWeekday(sunday) !== 7) sunday = shiftDay(sunday, 1);

  // The region, in Cabinet › Cabinet: kept once saved.
  await page.goto(`${paume.url}/#/cabinet`);
  await page.reload();
  await page.getByLabel('Jours fériés de').selectOption('57');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Informations du cabinet enregistrées.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Jours fériés de')).toHaveValue('57');
  await expect(page.getByLabel('Grille de l’agenda')).toHaveValue('5');
  await screenshotBothSizes(page, '66-cabinet-region-grid');

  await page.getByRole('tab', { name: 'Agenda' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Agenda' });
  await panel.getByLabel('Nature').selectOption('on-call');
  await panel.getByLabel('Ouverte à').selectOption('emergency');
  await panel.getByLabel('Le', { exact: true }).fill(frDate(sunday));
  await panel.getByLabel('De', { exact: true }).fill('09:00');
  await panel.getByLabel('À', { exact: true }).fill('13:00');
  await panel.getByLabel('Libellé').fill('astreinte SOS Main');
  await panel.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const exceptions = panel.getByTestId('exceptions');
  await expect(exceptions).toContainText(frDate(sunday));
  await expect(exceptions).toContainText('Garde (ouvre ces heures) : motifs d’urgence seulement');
  await screenshotBothSizes(page, '65-on-call-sunday');

  await page.goto(`${paume.url}/#/secretariat/rendez-vous`);
  await page.getByLabel('Patient', { exact: true }).fill('dimanche');
  await page.getByRole('button', { name: /DIMANCHE Léo/ }).click();
  await page.getByRole('combobox', { name: 'Motif' }).click();
  await page.getByRole('option', { name: /Urgence main/ }).click();
  await page.getByLabel('pas avant le').fill(frDate(sunday));
  const first = page.getByTestId('slot').first();
  await expect(first).toContainText(`${frDate(sunday)} 09:00`);
  await page.getByLabel('pas avant le').press('Enter');
  await expect(page.getByText(`Rendez-vous pris : ${frDate(sunday)} à 09 h 00.`)).toBeVisible();
  await expect(page.getByTestId('day-list')).toContainText('DIMANCHE Léo');
});
