import { parisToday, shiftDay } from '../../electron/api/common/paris-day';
import { frDate } from '../../electron/api/common/french';
import { dateAfter } from '../../electron/lib/paris-time';
import { publicHoliday } from '../../electron/services/agenda/holidays';
import { expect, screenshotPath, test } from './fixtures';
import { api, apiPatient, apiSurgeonWithAgenda, completeSetup, screenshotBothSizes } from './helpers';

// Issue 24 point 15, as a secretary would do it after an operation: « 10 j, 6 sem, 3 mois » for
// one patient from the finder; the first falls on a taken slot, is shown with the nearest free
// one, and the series cannot be booked until she takes it; then the whole series moves a day.

test('a three-occurrence series after an operation: a taken slot settled, booked, moved whole', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const {
    surgeonId,
    motifIds: [motifId],
  } = await apiSurgeonWithAgenda(page, paume.url, [['Contrôle', 20]]);
  // An operation day whose three follow-ups (and the day after each) are no public holiday.
  const followUps = (day: string) => [shiftDay(day, 10), shiftDay(day, 42), dateAfter(day, 3, 'months')];
  let operation = shiftDay(parisToday(), 1);
  while (
    followUps(operation).some((day) => publicHoliday(day, 'metropole') ?? publicHoliday(shiftDay(day, 1), 'metropole'))
  )
    operation = shiftDay(operation, 1);
  const [first, second, third] = followUps(operation) as [string, string, string];
  const patient = await apiPatient(page, paume.url, { birthName: 'Serie', firstNames: 'Anne', usedFirstName: 'Anne' });
  const someoneElse = await apiPatient(page, paume.url, {
    birthName: 'Autre',
    firstNames: 'Paul',
    usedFirstName: 'Paul',
  });
  await api(page, paume.url, 'agenda.book', {
    patientId: someoneElse.id,
    practitionerId: surgeonId,
    motifId,
    date: first,
    time: '09:00',
  });

  await page.goto(`${paume.url}/#/secretariat/rendez-vous?patient=${patient.id}&motif=${motifId}`);
  await page.reload();
  await expect(page.getByText('Patient : SERIE Anne')).toBeVisible();
  await page.getByRole('button', { name: 'Une série de rendez-vous…' }).click();
  const planner = page.getByTestId('series-planner');
  await planner.getByText('Après une date (opération)').click();
  await planner.getByLabel('Après le').fill(frDate(operation));
  await planner.getByLabel('Délais').fill('10 j, 6 sem et 3 mois');
  const rows = planner.getByTestId('series-occurrence');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(`${frDate(first)} 09 h 00`);
  await expect(rows.nth(0)).toContainText('déjà pris');
  await expect(rows.nth(1)).toContainText('libre');
  await expect(rows.nth(2)).toContainText(frDate(third));
  // Never silently kept: the series waits for her decision on the taken one.
  const bookSeries = planner.getByRole('button', { name: /Réserver la série/ });
  await expect(bookSeries).toBeDisabled();
  await expect(planner.getByRole('status')).toContainText('prenez le créneau proposé ou retirez-le');
  await planner.screenshot({ path: screenshotPath('63-series-planned') });
  await rows
    .nth(0)
    .getByRole('button', { name: `Prendre le ${frDate(first)} à 09 h 20` })
    .click();
  await expect(bookSeries).toHaveText('Réserver la série (3 rendez-vous)');
  await bookSeries.click();

  const manager = page.getByTestId('series-manager');
  await expect(manager).toContainText('Série : 3 rendez-vous réservés');
  await expect(manager.getByTestId('series-appointment').nth(0)).toContainText(`${frDate(first)} 09 h 20`);
  await expect(manager.getByTestId('series-appointment').nth(1)).toContainText(`${frDate(second)} 09 h 00`);
  await screenshotBothSizes(page, '64-series-booked');

  // The whole series a day later (the surgeon operates that week), each at its own hour.
  await manager.getByLabel('Décaler de (jours)').fill('1');
  await manager.getByLabel('Raison').fill('congrès du chirurgien');
  await manager.getByRole('button', { name: 'Déplacer la série' }).click();
  const booked = manager.getByTestId('series-appointment').filter({ hasText: 'réservé' });
  await expect(booked).toHaveCount(3);
  await expect(booked.nth(0)).toContainText(`${frDate(shiftDay(first, 1))} 09 h 20`);
  await expect(booked.nth(2)).toContainText(`${frDate(shiftDay(third, 1))} 09 h 00`);
});
