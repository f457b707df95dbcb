import { expect, test } from './fixtures';
import { api, apiPatient, completeSetup } from './helpers';

// Issue 22 item 3: a letter goes on the newest consultation, and the editor names it.
test('after a new consultation is added, « Rédiger » writes for it and the editor says which one', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  const { id } = await apiPatient(page, paume.url, { birthName: 'Roux', firstNames: 'Anne', usedFirstName: 'Anne' });
  const visit = (date: string, diagnosis: string) =>
    api(page, paume.url, 'visits.create', {
      patientId: id,
      date,
      practitionerId: null,
      kind: 'scheduled',
      notes: '',
      diagnosis,
      side: 'right',
      digits: [],
    });
  await visit('12/03/2025', 'Maladie de Dupuytren');
  await page.goto(`${paume.url}/#/patients/${id}`);
  await page.getByRole('tab', { name: 'Courriers' }).click();
  await expect(page.getByRole('combobox', { name: 'Consultation', exact: true })).toHaveValue(/Dupuytren/);

  // Added from its tab, as a surgeon does; the letters tab stays mounted with its earlier choice.
  await page.getByRole('tab', { name: /Consultations/ }).click();
  await page.getByLabel('Date', { exact: true }).fill('20/11/2026');
  await page.getByLabel('Diagnostic').fill('Plaie de la pulpe du majeur');
  await page.getByRole('button', { name: 'Ajouter la consultation' }).click();
  await expect(page.getByRole('cell', { name: '20/11/2026' })).toBeVisible();
  await page.getByRole('tab', { name: 'Courriers' }).click();
  await expect(page.getByRole('combobox', { name: 'Consultation', exact: true })).toHaveValue(/Plaie de la pulpe/);
  await page.getByRole('button', { name: 'Rédiger' }).click();
  await expect(page.getByTestId('letter-visit')).toContainText('20/11/2026');
  await expect(page.getByTestId('letter-visit')).toContainText('Plaie de la pulpe du majeur');

  // Changing is explicit: back to the choice, the older one picked by hand stays picked.
  await page.getByRole('button', { name: 'Changer de consultation' }).click();
  await page.getByRole('combobox', { name: 'Consultation', exact: true }).click();
  await page.getByRole('option', { name: /Dupuytren/ }).click();
  await page.getByRole('button', { name: 'Rédiger' }).click();
  await expect(page.getByTestId('letter-visit')).toContainText('Maladie de Dupuytren');
});
