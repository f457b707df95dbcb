import type { Page } from '@playwright/test';
import { patientInput } from '../helpers/patients';
import { surgeonInput } from '../helpers/practitioners';
import { join } from 'node:path';
import { expect } from './fixtures';

export const ADMIN = {
  practiceName: 'SOS Main Test',
  displayName: 'Dr Alice Martin',
  login: 'alice.martin',
  password: 'motdepasse-solide',
};

/** Fills the first-start form; `confirm: false` leaves the confirmation empty. */
export async function fillSetup(
  page: Page,
  account: typeof ADMIN,
  options: { confirm: boolean } = { confirm: true },
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Paume' })).toBeVisible();
  await page.getByLabel('Nom du cabinet').fill(account.practiceName);
  await page.getByLabel('Votre nom (tel qu’affiché)').fill(account.displayName);
  await page.getByLabel('Identifiant de connexion').fill(account.login);
  await page.getByLabel('Mot de passe (8 caractères au moins)').fill(account.password);
  if (options.confirm) await page.getByLabel('Confirmez le mot de passe').fill(account.password);
}

/** First start through the UI, as a new practice would do it: the practice, then the recovery key noted. */
export async function completeSetup(page: Page): Promise<void> {
  await fillSetup(page, ADMIN);
  await page.getByRole('button', { name: 'Créer le cabinet' }).click();
  await noteRecoveryKey(page);
  await expect(page.getByTestId('current-user')).toHaveText(ADMIN.displayName);
}

/** The recovery key shown once (issue 14), typed back as the administrator would from the printout. */
export async function noteRecoveryKey(page: Page): Promise<string> {
  const shown = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByLabel('Recopiez la clé imprimée pour confirmer qu’elle est rangée').fill(shown);
  await page.getByRole('button', { name: 'La clé est rangée : continuer' }).click();
  return shown;
}

export async function login(page: Page, loginName: string, password: string): Promise<void> {
  await page.getByLabel('Identifiant').fill(loginName);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Calls the API as the page's logged-in person (its cookie), failing the test on a refusal. */
export async function api(page: Page, origin: string, method: string, data: object): Promise<{ id: number }> {
  const answer = await page.request.post(`${origin}/api/${method}`, { data });
  const body = (await answer.json()) as { ok: boolean; value: { id: number }; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? ''}`);
  return body.value;
}

/** A patient made through the API (the test's sample person with these differences). */
export function apiPatient(
  page: Page,
  origin: string,
  overrides: Parameters<typeof patientInput>[0],
): Promise<{ id: number }> {
  return api(page, origin, 'patients.create', { ...patientInput(overrides), confirmNotDuplicate: true });
}

/**
 * Dr Claire Fontaine with her motifs (label and minutes) and open 08:00–18:00 on the given days
 * (issue 12), made through the API: the agenda tests start from a practice that can book.
 */
export async function apiSurgeonWithAgenda(
  page: Page,
  origin: string,
  motifs: readonly (readonly [label: string, minutes: number])[],
  weekdays: readonly number[] = [1, 2, 3, 4, 5, 6, 7],
): Promise<{ surgeonId: number; motifIds: number[] }> {
  const surgeon = await api(page, origin, 'practice.addPractitioner', surgeonInput('Fontaine'));
  const motifIds: number[] = [];
  for (const [label, durationMinutes] of motifs)
    motifIds.push(
      (await api(page, origin, 'agenda.saveMotif', { label, durationMinutes, practitionerIds: [surgeon.id] })).id,
    );
  for (const weekday of weekdays)
    await api(page, origin, 'agenda.addPeriod', {
      practitionerId: surgeon.id,
      weekday,
      startTime: '08:00',
      endTime: '18:00',
      validFrom: '2020-01-01',
    });
  return { surgeonId: surgeon.id, motifIds };
}

/** The page as it is, at 1280 × 800 and at 1920 × 1080 (`name-1280`, `name-1920`), then back to 1280 × 800. */
export async function screenshotBothSizes(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join('test-results', 'screenshots', `${name}-${width}.png`) });
  }
}

/** The hour in Paris now, 0–23, for a test that runs at the real time (« 18 h » is not a number). */
export function parisHourNow(): number {
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });
  return Number(parts.formatToParts(new Date()).find((part) => part.type === 'hour')?.value);
}

const CHECKLIST_MOMENT_BEFORE: Readonly<Record<string, string>> = {
  induction: 'before-induction',
  incision: 'before-incision',
  recovery: 'before-leaving',
};

/** A theatre case walked through `statuses` by the API, each checklist moment said « oui » at its pause. */
export async function apiWalkCase(
  page: Page,
  origin: string,
  caseId: number,
  statuses: readonly string[],
): Promise<void> {
  const checklist = (await api(page, origin, 'theatre.checklist', { caseId })) as unknown as {
    moments: { id: string; items: { id: string }[] }[];
  };
  for (const status of statuses) {
    for (const item of checklist.moments.find((moment) => moment.id === CHECKLIST_MOMENT_BEFORE[status])?.items ?? [])
      await api(page, origin, 'theatre.answerChecklist', { caseId, itemId: item.id, answer: 'yes', reason: '' });
    await api(page, origin, 'theatre.setStatus', { caseId, status, reason: '' });
  }
}
