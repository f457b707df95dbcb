import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { parisToday } from '../../electron/api/common/paris-day';
import { api, apiPatient, apiWalkCase, completeSetup, login } from './helpers';

// Issue 13: a nurse reads today's list and each patient's card, on the room screen too.

test('the theatre list shows each patient’s card, flags a different anaesthesia, and fills the room screen', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  const today = parisToday();
  const lea = await apiPatient(page, paume.url, { birthName: 'Meunier', firstNames: 'Léa', usedFirstName: 'Léa' });
  await api(page, paume.url, 'preferences.set', {
    patientId: lea.id,
    version: 0,
    value: { item: 'anaesthesia', choice: 'general', regionalBlock: '', discussedOn: today },
  });
  await api(page, paume.url, 'preferences.set', {
    patientId: lea.id,
    version: 0,
    value: { item: 'music', choice: 'music', style: 'jazz', artist: 'Nina Simone', playlist: '' },
  });
  await api(page, paume.url, 'preferences.set', {
    patientId: lea.id,
    version: 0,
    value: { item: 'talkingPoints', text: 'Son potager, ses petits-enfants' },
  });
  await api(page, paume.url, 'alerts.add', { patientId: lea.id, kind: 'allergy', detail: 'latex' });
  await api(page, paume.url, 'users.create', {
    login: 'theo',
    displayName: 'Théo Bloc',
    password: 'bloc-operatoire-1',
    roles: ['theatre'],
    practitionerId: null,
  });

  await page.goto(`${paume.url}/#/bloc`);
  await page.getByLabel('Salle').fill('2');
  await page.getByLabel('Anesthésiste').fill('Dr Roux');
  await page.getByRole('button', { name: /Ouvrir la vacation/ }).click();
  const session = page.getByTestId('theatre-session');
  await expect(session).toContainText('Salle 2');
  await session.getByRole('button', { name: '+ Ajouter une intervention' }).click();
  await session.getByLabel('Patient', { exact: true }).fill('meunier');
  await page.getByRole('option', { name: /MEUNIER Léa/ }).click();
  await session.getByLabel('Intervention').fill('Ténolyse du fléchisseur');
  await session.getByText('Main droite').click();
  await session.getByText('Annulaire (D4)').click();
  await session.getByLabel('Articulation ou zone').click();
  await page.getByRole('option', { name: 'IPP (interphalangienne proximale)' }).click();
  // Nothing clinical is preselected: no anaesthesia, no « Ajouter » until it is chosen.
  await expect(session.getByRole('button', { name: 'Ajouter au programme' })).toBeDisabled();
  await session.getByLabel('Anesthésie prévue').click();
  await page.getByRole('option', { name: 'WALANT (réveillé)' }).click();
  await session.getByRole('button', { name: 'Ajouter au programme' }).click();
  await expect(session.getByTestId('new-case-form')).toHaveCount(0);

  const card = page.getByTestId('case-card');
  await expect(card.getByTestId('case-site')).toHaveText(
    'MAIN DROITE · Annulaire (D4) · IPP (interphalangienne proximale)',
  );
  await expect(card.getByTestId('anaesthesia-mismatch')).toContainText('AG (générale)');
  await expect(card).toContainText('Allergie : latex');
  await expect(card).toContainText('jazz · Nina Simone');
  await expect(card).toContainText('Son potager, ses petits-enfants');
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`25-theatre-list-${width}`), fullPage: true });
  }

  // A second seat (the theatre's screen) follows the statuses at once, through the event stream.
  const other = await launchChromium();
  const seat = await other.context.newPage();
  await seat.goto(paume.url);
  await login(seat, 'theo', 'bloc-operatoire-1');
  await expect(seat.getByTestId('case-status')).toContainText('prévu');
  await page.getByRole('button', { name: 'Appeler →' }).click();
  await expect(seat.getByTestId('case-status')).toContainText('appelé', { timeout: 10_000 });

  // The HAS checklist follows the time line (issue 22): closed before « en salle », then the first
  // moment gates « Induction », and a « non » at the time-out leaves Go / No-Go unchosen.
  await page.getByRole('button', { name: 'Check-list HAS' }).click();
  const checklist = page.getByTestId('checklist');
  await expect(checklist.getByTestId('moment-closed-before-induction')).toContainText('« en salle »');
  await expect(checklist.getByTestId('checklist-identity').getByRole('button', { name: 'Oui' })).toBeHidden();
  await page.getByRole('button', { name: 'En salle →' }).click();
  await expect(page.getByTestId('status-blocked')).toContainText('« Induction » après la check-list');
  await expect(page.getByRole('button', { name: 'Induction →' })).toHaveCount(0);
  for (const item of [
    'identity',
    'consent-minor',
    'procedure-site',
    'positioning',
    'skin-prep',
    'equipment',
    'critical-points',
  ]) {
    await checklist.getByTestId(`checklist-${item}`).getByRole('button', { name: 'Oui' }).click();
    await expect(checklist.getByTestId(`checklist-${item}`)).toContainText('Dr Alice Martin');
  }
  await page.getByRole('button', { name: 'Induction →' }).click();
  await expect(page.getByTestId('status-blocked')).toContainText('« Incision » après la check-list');
  await checklist.getByTestId('checklist-final-check').getByRole('button', { name: 'Oui' }).click();
  const handSite = checklist.getByTestId('checklist-hand-site');
  await handSite.getByRole('button', { name: 'Non' }).click();
  await expect(handSite.getByLabel('Go', { exact: true })).not.toBeChecked();
  await expect(handSite.getByLabel('No-Go')).not.toBeChecked();
  await handSite.getByLabel('Pourquoi').fill('Marquage sur le majeur, consentement pour l’annulaire');
  await expect(handSite.getByRole('button', { name: /Enregistrer « non »/ })).toBeDisabled();
  await handSite.getByLabel('No-Go').check();
  await expect(handSite.getByRole('button', { name: /Enregistrer « non »/ })).toBeDisabled();
  await handSite.getByLabel('reportée').check();
  await page.screenshot({ path: screenshotPath('27-theatre-checklist-nogo'), fullPage: true });
  await handSite.getByRole('button', { name: /Enregistrer « non »/ }).click();
  await expect(page.getByTestId('case-status')).toContainText('reporté');
  await expect(seat.getByTestId('case-status')).toContainText('reporté', { timeout: 10_000 });
  await other.close();

  // The theatre nurse lands on Bloc, reads the card on the room screen, and cannot plan.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await login(page, 'theo', 'bloc-operatoire-1');
  await expect(page).toHaveURL(/#\/bloc$/);
  await expect(page.getByRole('button', { name: /Ouvrir la vacation/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Écran de salle' }).click();
  const room = page.getByTestId('room-screen');
  await expect(room.getByTestId('case-site')).toHaveText(/MAIN DROITE/);
  await page.screenshot({ path: screenshotPath('26-theatre-room-screen') });
  await page.keyboard.press('Escape');
  await expect(room).toBeHidden();
});

test('at the end of a case, the surgeon opens its operative report pre-filled, ready to dictate', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
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
  // The day walked through the API, each checklist moment said at its pause.
  await apiWalkCase(page, paume.url, theatreCase.id, ['called', 'in_room', 'induction', 'incision', 'end']);

  await page.goto(`${paume.url}/#/bloc`);
  await page.getByRole('button', { name: 'Compte rendu opératoire' }).click();
  await expect(page.getByTestId('patient-name')).toHaveText('DURAND Marc');
  await expect(page.getByRole('textbox', { name: /^Indication/ })).toHaveValue(
    'Libération du canal carpien, main gauche, poignet.',
  );
  await expect(page.getByRole('button', { name: /Dicter \(F2\)/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('28-operative-report-prefilled') });
});

test('a case planned from the consultation that decided it, its checklist walked to the end and locked', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  const today = parisToday();
  const patient = await apiPatient(page, paume.url, { birthName: 'Petit', firstNames: 'Anne', usedFirstName: 'Anne' });
  await api(page, paume.url, 'visits.create', {
    patientId: patient.id,
    date: today,
    practitionerId: null,
    kind: 'emergency',
    notes: '',
    diagnosis: 'Doigt à ressaut du majeur',
    side: 'left',
    digits: ['D3'],
  });
  await api(page, paume.url, 'preferences.set', {
    patientId: patient.id,
    version: 0,
    value: { item: 'music', choice: 'music', style: '', artist: 'Barbara', playlist: '' },
  });
  await api(page, paume.url, 'theatre.createSession', {
    date: today,
    room: '1',
    surgeonId: null,
    anaesthetist: '',
    scrubNurse: '',
    circulatingNurse: '',
  });

  await page.goto(`${paume.url}/#/patients/${patient.id}`);
  await page.getByRole('tab', { name: /Consultations/ }).click();
  await page.getByRole('link', { name: 'Programmer au bloc' }).click();
  await expect(page).toHaveURL(/#\/bloc\?patient=/);
  const session = page.getByTestId('theatre-session');
  await expect(page.getByTestId('to-programme')).toContainText('PETIT Anne');
  await session.getByRole('button', { name: 'Programmer PETIT Anne ici' }).click();
  // The consultation is shown, not copied: the diagnosis is not the procedure, the site is taken by a click.
  await expect(session.getByTestId('from-consultation')).toContainText(
    'Doigt à ressaut du majeur · main gauche, Majeur',
  );
  await expect(session.getByLabel('Intervention')).toHaveValue('');
  await expect(session.getByLabel('Patient', { exact: true })).toHaveValue('PETIT Anne');
  await session.getByLabel('Intervention').fill('Ouverture de la poulie A1 du majeur');
  await session.getByRole('button', { name: 'Reprendre le site' }).click();
  await session.getByLabel('Anesthésie prévue').click();
  await page.getByRole('option', { name: 'WALANT (réveillé)' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: screenshotPath('37-theatre-programme-from-consultation-1280') });
  await session.getByRole('button', { name: 'Ajouter au programme' }).click();
  await expect(page.getByTestId('case-site')).toHaveText('MAIN GAUCHE · Majeur (D3)');
  // Added once: the form is gone, the next one starts empty.
  await expect(page.getByTestId('case-card')).toHaveCount(1);
  await expect(page.getByTestId('to-programme')).toHaveCount(0);
  await session.getByRole('button', { name: '+ Ajouter une intervention' }).click();
  await expect(session.getByLabel('Intervention')).toHaveValue('');
  await expect(session.getByLabel('Patient', { exact: true })).toHaveValue('');
  await page.setViewportSize({ width: 1400, height: 900 });

  // Barbara is not in the practice's music folder: the card says so.
  await page.getByRole('button', { name: '▶ Sa musique' }).click();
  await expect(page.getByTestId('music-none')).toContainText('casque du patient');

  await page.getByRole('button', { name: 'Check-list HAS' }).click();
  const checklist = page.getByTestId('checklist');
  // Wait for the list to load before taking its items (the panel fetches it when opened).
  await expect(checklist.locator('[data-testid^="checklist-"]')).toHaveCount(14);
  const items = await checklist.locator('[data-testid^="checklist-"]').all();
  // Each moment at its pause: 7 items before induction, 4 at the time-out, 3 before leaving the room.
  const answerItems = async (from: number, to: number) => {
    for (const item of items.slice(from, to)) {
      await item.getByRole('button', { name: 'Oui' }).click();
      await expect(item).toContainText('Dr Alice Martin');
    }
  };
  await page.getByRole('button', { name: 'Appeler →' }).click();
  await page.getByRole('button', { name: 'En salle →' }).click();
  await answerItems(0, 7);
  await page.getByRole('button', { name: 'Induction →' }).click();
  await answerItems(7, 11);
  await page.getByRole('button', { name: 'Incision →' }).click();
  await page.getByRole('button', { name: 'Fin →' }).click();
  await answerItems(11, 14);
  await expect(checklist).toContainText('Check-list complète : verrouillée');
  await expect(checklist.getByRole('button', { name: 'Imprimer' })).toBeEnabled();
  await page.screenshot({ path: screenshotPath('29-theatre-checklist-complete'), fullPage: true });
});

test('« Incision » is refused before the time-out; forcing a step needs a reason, shown on the case', async ({
  page,
  paume,
}) => {
  await completeSetup(page);
  const today = parisToday();
  const patient = await apiPatient(page, paume.url, {
    birthName: 'Roy',
    firstNames: 'Hélène',
    usedFirstName: 'Hélène',
  });
  const session = await api(page, paume.url, 'theatre.createSession', {
    date: today,
    room: '2',
    surgeonId: null,
    anaesthetist: '',
    scrubNurse: '',
    circulatingNurse: '',
  });
  const theatreCase = await api(page, paume.url, 'theatre.addCase', {
    sessionId: session.id,
    patientId: patient.id,
    procedure: 'Suture du fléchisseur',
    side: 'right',
    digits: ['D2'],
    zone: null,
    plannedAnaesthesia: 'regional',
    estimatedMinutes: 60,
    turnoverMinutes: 15,
    notes: '',
  });
  // Straight from « prévu » to « incision » through the API: refused, with what is missing.
  const refused = await page.evaluate(
    async ({ url, caseId }) => {
      const response = await fetch(`${url}/api/theatre.setStatus`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ caseId, status: 'incision', reason: '' }),
      });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    },
    { url: paume.url, caseId: theatreCase.id },
  );
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toMatch(/« incision » attend la check-list/);

  await page.goto(`${paume.url}/#/bloc`);
  await page.getByRole('button', { name: 'Appeler →' }).click();
  await page.getByRole('button', { name: 'En salle →' }).click();
  const status = page.getByTestId('case-status');
  await expect(status.getByTestId('status-blocked')).toContainText('« Avant induction anesthésique » : 7 points');
  await status.getByRole('button', { name: 'Passer outre…' }).click();
  const force = status.getByRole('button', { name: 'Induction malgré la check-list' });
  await expect(force).toBeDisabled();
  await status.getByLabel('Motif pour passer outre la check-list').fill('Urgence vitale, check-list après');
  await force.click();
  await expect(status.getByTestId('forced-step')).toContainText('induction forcé par Dr Alice Martin à');
  await expect(status.getByTestId('forced-step')).toContainText('Urgence vitale, check-list après');
  await expect(status.getByTestId('status-blocked')).toContainText('« Incision » après la check-list');
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: screenshotPath(`30-theatre-forced-${width}`), fullPage: true });
  }
});
