import type { Page } from '@playwright/test';
import { expect, screenshotPath, test } from './fixtures';
import { ADMIN, api, apiPatient, completeSetup, login } from './helpers';

// The landed screens as a new user tries them (issue 10): nothing typed is lost, nothing vital
// goes in one click, each person lands where they work, dates are typed the French way.

async function patientWithVisit(page: Page, origin: string) {
  const { id } = await apiPatient(page, origin, { birthName: 'Meunier', firstNames: 'Léa', usedFirstName: 'Léa' });
  await api(page, origin, 'visits.create', {
    patientId: id,
    date: '20/11/2026',
    practitionerId: null,
    kind: 'emergency',
    notes: '',
    diagnosis: 'Plaie de la pulpe du majeur',
    side: 'right',
    digits: ['D3'],
  });
  return id;
}

test('a letter being typed survives a tab switch and a reload, and logging out asks first', async ({ page, paume }) => {
  await completeSetup(page);
  const id = await patientWithVisit(page, paume.url);
  await page.goto(`${paume.url}/#/patients/${id}`);
  await page.getByRole('tab', { name: 'Courriers' }).click();
  await page.getByRole('button', { name: 'Rédiger' }).click();
  const history = page.getByRole('textbox', { name: /^Histoire/ });
  await history.fill('Coupure au couteau en cuisinant, hier soir.');
  await expect(page.getByTestId('draft-state')).toContainText('Brouillon enregistré à');

  await page.getByRole('tab', { name: 'Préférences' }).click();
  await page.getByRole('tab', { name: 'Courriers' }).click();
  await expect(page.getByRole('textbox', { name: /^Histoire/ })).toHaveValue(
    'Coupure au couteau en cuisinant, hier soir.',
  );

  await page.reload();
  await page.getByRole('tab', { name: 'Courriers' }).click();
  await expect(page.getByRole('textbox', { name: /^Histoire/ })).toHaveValue(
    'Coupure au couteau en cuisinant, hier soir.',
  );
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`20-letter-draft-${width}`) });
  }

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByTestId('logout-confirm')).toContainText('courrier au médecin traitant');
  await page.getByRole('button', { name: 'Rester' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();

  // Closing keeps the draft; it is offered again from the list.
  await page.getByRole('button', { name: 'Fermer (brouillon gardé)' }).click();
  await expect(page.getByTestId('letter-drafts')).toContainText('Brouillon : Courrier au médecin traitant');
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(page.getByRole('textbox', { name: /^Histoire/ })).toHaveValue(
    'Coupure au couteau en cuisinant, hier soir.',
  );
  await page.getByRole('button', { name: 'Effacer le brouillon…' }).click();
  await page.getByRole('button', { name: 'Effacer le brouillon', exact: true }).click();
  await expect(page.getByTestId('letter-drafts')).toBeHidden();
});

test('a vital alert is lifted only with a reason, can be put back, and stays in the history', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  const id = await patientWithVisit(page, paume.url);
  await api(page, paume.url, 'alerts.add', { patientId: id, kind: 'anticoagulant', detail: 'apixaban' });
  await page.goto(`${paume.url}/#/patients/${id}`);
  const banner = page.getByTestId('alert-banner');
  await expect(banner).toContainText('Anticoagulant : apixaban');
  await banner.getByRole('button', { name: 'lever…' }).click();
  const confirm = banner.getByRole('button', { name: 'Confirmer la levée' });
  await expect(confirm).toBeDisabled();
  await banner.getByLabel('Motif de la levée').fill('Traitement arrêté par le cardiologue');
  await page.screenshot({ path: screenshotPath('21-alert-lift-reason') });
  await confirm.click();
  await expect(banner.getByRole('button', { name: 'Rétablir' })).toBeVisible();
  await banner.getByRole('button', { name: /Voir les alertes levées/ }).click();
  await expect(page.getByTestId('lifted-alerts')).toContainText('« Traitement arrêté par le cardiologue »');
  await banner.getByRole('button', { name: 'Rétablir' }).click();
  await expect(banner).toContainText('Anticoagulant : apixaban');
});

test('after a logout the next person lands on their own workspace, with nothing of the previous screens', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  await api(page, paume.url, 'users.create', {
    login: 'nathalie',
    displayName: 'Nathalie Roux',
    password: 'secretariat-1',
    roles: ['secretary'],
    practitionerId: null,
  });
  await api(page, paume.url, 'users.create', {
    login: 'theo',
    displayName: 'Théo Bloc',
    password: 'bloc-operatoire-1',
    roles: ['theatre'],
    practitionerId: null,
  });
  const id = await patientWithVisit(page, paume.url);
  await page.goto(`${paume.url}/#/patients/${id}`);
  await expect(page.getByTestId('patient-name')).toHaveText('MEUNIER Léa');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  await login(page, 'nathalie', 'secretariat-1');
  await expect(page.getByTestId('current-user')).toHaveText('Nathalie Roux');
  await expect(page).toHaveURL(/#\/secretariat$/);
  await expect(page.getByTestId('patient-name')).toHaveCount(0);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  await login(page, 'theo', 'bloc-operatoire-1');
  await expect(page).toHaveURL(/#\/bloc$/);
  // Theatre staff open a file on the preferences.
  await page.goto(`${paume.url}/#/patients/${id}`);
  await expect(page.getByRole('tab', { name: 'Préférences' })).toHaveAttribute('aria-selected', 'true');
});

test('search: Enter opens the only result, a year finds who was born then; INS rules hold on the server', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  const id = await patientWithVisit(page, paume.url);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('meunier');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('patient-name')).toHaveText('MEUNIER Léa');
  await expect(page.getByText('née le 12/03/1961 · 65 ans · Guéret', { exact: true })).toBeVisible();

  const search = page.getByRole('combobox', { name: 'Rechercher un patient' });
  await search.fill('1961');
  await expect(page.getByRole('option', { name: /MEUNIER Léa/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: screenshotPath('22-search-highlight') });

  const refused = await page.request.post(`${paume.url}/api/patients.changeIdentityStatus`, {
    data: { id, status: 'qualified', reason: 'Vue au guichet', idDocument: 'cni' },
  });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toMatchObject({
    ok: false,
    error: { fields: { status: 'INS (NIR) absent du dossier' } },
  });
});

test('dates are typed the French way in every date field', async ({ page, paume }) => {
  await completeSetup(page);
  const id = await patientWithVisit(page, paume.url);
  await page.goto(`${paume.url}/#/patients/${id}`);

  await page.getByRole('tab', { name: /Consultations/ }).click();
  await page.getByLabel('Date', { exact: true }).fill('25/11/2026');
  await page.getByLabel('Diagnostic').fill('Contrôle de cicatrisation');
  await page.getByRole('button', { name: 'Ajouter la consultation' }).click();
  await expect(page.getByRole('cell', { name: '25/11/2026' })).toBeVisible();

  await page.getByRole('tab', { name: 'Préférences' }).click();
  const anaesthesia = page.getByTestId('preference-anaesthesia');
  await anaesthesia.getByLabel('Discuté le (JJ/MM/AAAA)').fill('25112026');
  await anaesthesia.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(anaesthesia).toContainText(`par ${ADMIN.displayName}`);
  await expect(anaesthesia.getByLabel('Discuté le (JJ/MM/AAAA)')).toHaveValue('25/11/2026');

  await page.getByRole('tab', { name: 'Journal des accès' }).click();
  await page.getByLabel('Du', { exact: true }).fill('25/11/2026');
  await expect(page.getByTestId('access-log')).toBeVisible();

  await page.getByRole('button', { name: 'Nouveau patient' }).click();
  await expect(page.getByLabel('Nom de naissance')).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Sexe' })).toHaveValue('');
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`23-new-patient-${width}`) });
  }
});

test('the header fits on one line at 1280 px with the longest names and two role badges', async ({ page, paume }) => {
  await completeSetup(page);
  await api(page, paume.url, 'practice.update', {
    version: 1,
    name: 'Centre de chirurgie de la main et du membre supérieur — SOS Main du Limousin',
    addressLine: '',
    postalCode: '',
    city: '',
    phone: '',
    email: '',
    finess: '',
    lockAfterMinutes: 10,
    holidayRegion: 'metropole',
    agendaGridMinutes: 5,
  });
  await api(page, paume.url, 'users.create', {
    login: 'mc',
    displayName: 'Dr Marie-Christine de La Rochefoucauld-Montbazon',
    password: 'chirurgienne-1',
    roles: ['surgeon', 'secretary'],
    practitionerId: null,
  });
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await login(page, 'mc', 'chirurgienne-1');
  await page.setViewportSize({ width: 1280, height: 800 });
  const header = page.locator('header');
  await expect(page.getByTestId('current-user')).toBeVisible();
  const box = await header.boundingBox();
  for (const name of ['Se déconnecter', 'Verrouiller', 'Nouveau patient']) {
    const button = await page.getByRole('button', { name }).boundingBox();
    expect(button, name).not.toBeNull();
    expect((button?.y ?? 0) + (button?.height ?? 0), name).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
    expect((button?.x ?? 0) + (button?.width ?? 0), name).toBeLessThanOrEqual(1280);
    // The whole label shows: nothing cut inside the button.
    const cut = await page
      .getByRole('button', { name })
      .evaluate((element) =>
        [...element.querySelectorAll('span')].some((span) => span.scrollWidth > span.clientWidth + 1),
      );
    expect(cut, name).toBe(false);
  }
  for (const badge of await header.locator('.mantine-Badge-root').all())
    expect(await badge.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  await page.screenshot({ path: screenshotPath('24-header-1280') });
});
