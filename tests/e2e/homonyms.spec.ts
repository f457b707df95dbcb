import { expect, screenshotPath, test } from './fixtures';
import { api, apiPatient, apiSurgeonWithAgenda, completeSetup } from './helpers';

// Issue 22 item 6 (identity vigilance): two different « CHASSAGNE Émilie » the same day are told
// apart by their birth dates in every list, marked as homonyms, and Entrée in the search asks which.

test('homonyms shown with birth dates and marked; Entrée in the search asks which one', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const {
    surgeonId,
    motifIds: [motifId],
  } = await apiSurgeonWithAgenda(page, paume.url, [['Consultation', 15]]);
  const elder = await apiPatient(page, paume.url, {
    birthName: 'Chassagne',
    firstNames: 'Émilie',
    usedFirstName: 'Émilie',
    birthDate: '1961-03-12',
  });
  const younger = await apiPatient(page, paume.url, {
    birthName: 'Chassagne',
    firstNames: 'Émilie',
    usedFirstName: 'Émilie',
    birthDate: '1994-07-08',
  });
  for (const patient of [elder, younger])
    await api(page, paume.url, 'agenda.walkIn', { patientId: patient.id, practitionerId: surgeonId, motifId });

  // The practitioner and patients were made behind the page's back: a reload drops the page's cache.
  await page.goto(`${paume.url}/#/secretariat/salle-attente`);
  await page.reload();
  const room = page.getByTestId('waiting-room');
  await expect(room.getByTestId('birth-date')).toHaveText(['12/03/1961', '08/07/1994'], { useInnerText: true });
  await expect(room.getByText('homonyme')).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('32-homonyms-waiting-room-1280') });

  await page.goto(`${paume.url}/#/consultation`);
  const day = page.getByTestId('consultation-day');
  await expect(day.getByTestId('birth-date')).toHaveCount(2);
  await expect(day).toContainText('12/03/1961');
  await expect(day).toContainText('08/07/1994');
  await expect(day.getByText('homonyme')).toHaveCount(2);

  // Entrée with nothing highlighted: not the first homonym blind, but a question, then a choice.
  const search = page.getByLabel('Rechercher un patient');
  await search.fill('chassagne emilie');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(2);
  await search.press('Enter');
  await expect(page.getByTestId('search-ask-which')).toContainText('Plusieurs personnes portent ce nom');
  await expect(page).toHaveURL(/#\/consultation$/);
  await page.screenshot({ path: screenshotPath('33-homonyms-search-1280') });
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/patients\/\d+/);
});
