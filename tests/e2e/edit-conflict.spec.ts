import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { ADMIN, api, apiPatient, completeSetup, login } from './helpers';

// Issue 14, nothing lost on a concurrent edit: two people have the same file open on two seats.
// The first saves; the second, still typing, is told and keeps the typing; saving shows both
// versions side by side with who changed what, and her changes are saved on top of the newer one.

test('two seats editing one patient get the two versions side by side, not a lost update', async ({ page, paume }) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await api(page, paume.url, 'users.create', {
    login: 'nathalie',
    displayName: 'Nathalie Roux',
    password: 'secretariat-1',
    roles: ['secretary'],
    practitionerId: null,
  });
  const patient = await apiPatient(page, paume.url, { birthName: 'Partage', firstNames: 'Lucie', city: 'Guéret' });
  await page.goto(`${paume.url}/#/patients/${patient.id}`);
  await page.getByRole('tab', { name: 'Dossier' }).click(); // a surgeon's file opens on the consultations
  await expect(page.getByLabel('Ville')).toHaveValue('Guéret');

  const second = await launchChromium();
  try {
    const seat = second.context.pages()[0] ?? (await second.context.newPage());
    await seat.setViewportSize({ width: 1280, height: 900 });
    await seat.goto(paume.url);
    await login(seat, 'nathalie', 'secretariat-1');
    await expect(seat.getByTestId('current-user')).toHaveText('Nathalie Roux');
    await seat.goto(`${paume.url}/#/patients/${patient.id}`);
    await seat.reload();
    await expect(seat.getByLabel('Ville')).toHaveValue('Guéret');

    // Nathalie starts typing a new phone number; meanwhile Alice saves a new city.
    await seat.getByLabel('Téléphone portable').fill('06 99 88 77 66');
    await page.getByLabel('Ville').fill('Aubusson');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByText('Dossier enregistré.')).toBeVisible();

    // Her seat is told at once, and her typing stays.
    await expect(seat.getByText(`${ADMIN.displayName} vient d’enregistrer ce dossier`)).toBeVisible();
    await expect(seat.getByLabel('Téléphone portable')).toHaveValue('06 99 88 77 66');
    await seat.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const conflict = seat.getByTestId('edit-conflict');
    await expect(conflict).toContainText('Enregistré par Dr Alice Martin');
    await expect(conflict.getByRole('row', { name: /Ville/ })).toContainText('Guéret');
    await expect(conflict.getByRole('row', { name: /Ville/ })).toContainText('Aubusson');
    await expect(conflict.getByRole('row', { name: /Téléphone portable/ })).toContainText('06 99 88 77 66');
    await expect(seat.getByText(/a été modifié par Dr Alice Martin à \d{2} h \d{2}/)).toBeVisible();
    await seat.screenshot({ path: screenshotPath('51-edit-conflict') });

    await expect(conflict.getByRole('row', { name: /Ville/ })).toContainText('l’autre poste');
    await expect(conflict.getByRole('row', { name: /Téléphone portable/ })).toContainText('vous');

    // She saves her change on top of Alice's version: both changes are kept, on both seats.
    await conflict.getByRole('button', { name: 'Enregistrer mes changements sur leur version' }).click();
    await expect(seat.getByText('Dossier enregistré.')).toBeVisible();
    await expect(seat.getByTestId('edit-conflict')).toBeHidden();
    await expect(seat.getByLabel('Ville')).toHaveValue('Aubusson');
    await expect(page.getByLabel('Téléphone portable')).toHaveValue('06 99 88 77 66');
    await expect(page.getByLabel('Ville')).toHaveValue('Aubusson');
  } finally {
    await second.close();
  }
});

test('a preference edited on two seats: the second save shows both versions and keeps the typing', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const patient = await apiPatient(page, paume.url, { birthName: 'Mélomane', firstNames: 'Jeanne' });
  await api(page, paume.url, 'preferences.set', {
    patientId: patient.id,
    version: 0,
    value: { item: 'music', choice: 'music', style: 'jazz', artist: 'Nina Simone', playlist: '' },
  });
  const second = await launchChromium();
  try {
    const seat = second.context.pages()[0] ?? (await second.context.newPage());
    await seat.setViewportSize({ width: 1280, height: 900 });
    await seat.goto(paume.url);
    await login(seat, ADMIN.login, ADMIN.password);
    // Logged in first: the start page is set at login, and would replace an address typed meanwhile.
    await expect(seat.getByTestId('current-user')).toHaveText(ADMIN.displayName);
    for (const opened of [page, seat]) {
      await opened.goto(`${paume.url}/#/patients/${patient.id}`);
      await opened.getByRole('tab', { name: 'Préférences' }).click();
      await expect(opened.getByTestId('preference-music').getByLabel('Artiste')).toHaveValue('Nina Simone');
    }
    // The seat starts typing; the first page saves another artist meanwhile.
    await seat.getByTestId('preference-music').getByLabel('Style').fill('chanson');
    const first = page.getByTestId('preference-music');
    await first.getByLabel('Artiste').fill('Barbara');
    await expect(first.getByLabel('Artiste')).toHaveValue('Barbara');
    await expect(first.getByRole('button', { name: 'Enregistrer' })).toBeEnabled();
    await first.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(first.getByLabel('Artiste')).toHaveValue('Barbara');

    const music = seat.getByTestId('preference-music');
    await expect(music.getByLabel('Style')).toHaveValue('chanson');
    await music.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = music.getByTestId('edit-conflict');
    await expect(conflict.getByRole('row', { name: /Artiste/ })).toContainText('Barbara');
    await expect(conflict.getByRole('row', { name: /Style/ })).toContainText('chanson');
    await expect(conflict.getByRole('row', { name: /Style/ })).toContainText('vous');
    await seat.screenshot({ path: screenshotPath('53-preference-conflict') });
    await conflict.getByRole('button', { name: 'Enregistrer mes changements sur leur version' }).click();
    await expect(music.getByTestId('edit-conflict')).toBeHidden();
    await expect(music.getByLabel('Artiste')).toHaveValue('Barbara');
    await expect(music.getByLabel('Style')).toHaveValue('chanson');
  } finally {
    await second.close();
  }
});
