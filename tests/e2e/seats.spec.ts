import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servePaume, type ServedPaume } from '../helpers/paume-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH, expect, screenshotPath, test } from './fixtures';
import { ADMIN, completeSetup, login } from './helpers';

// Issue 14, other seats over the practice network: the host serves TLS with its own CA; a second
// browser (its own profile and certificate store, trusting the practice CA as a seat would after
// importing it) pairs with the code shown on the host, works under its own name in the log, and
// keeps what it typed while the host is down.

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A Chromium whose certificate store (NSS, in its own HOME) trusts the practice CA, and nothing more. */
async function seatBrowser(caFile: string) {
  const home = mkdtempSync(join(tmpdir(), 'paume-seat-home-'));
  const nss = join(home, '.pki', 'nssdb');
  mkdirSync(nss, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'Paume cabinet', '-t', 'C,,', '-i', caFile]);
  const context = await chromium.launchPersistentContext(join(home, 'profil'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: home },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 },
  });
  return {
    page: context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

test('a second seat pairs over TLS, works under its name, and loses nothing while the host is down', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'paume-e2e-hote-'));
  const ports = [String(await freePort()), String(await freePort())] as const;
  const start = () => servePaume(dataDir, ['--host', '127.0.0.1', '--tls-port', ports[1]], {}, ports[0]);
  let host: ServedPaume = await start();
  const tlsUrl = /Réseau du cabinet : (https:\/\/\S+)/.exec(host.output())?.[1] ?? '';
  expect(tlsUrl).toBe(`https://127.0.0.1:${ports[1]}`);
  const seat = await seatBrowser(join(dataDir, 'tls', 'ca.crt'));
  try {
    // On the host: the practice, then a pairing code in Cabinet › Postes.
    await page.goto(host.url);
    await completeSetup(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${host.url}/#/cabinet`);
    await page.getByRole('tab', { name: 'Postes', exact: true }).click();
    await page.getByRole('button', { name: 'Appairer un poste' }).click();
    const code = (await page.getByTestId('pairing-code').textContent()) ?? '';
    await expect(page.getByTestId('pairing-fingerprint')).toHaveText(/^([0-9A-F]{4} ){4}[0-9A-F]{4}$/);
    await page.screenshot({ path: screenshotPath('70-seats-pairing-code') });

    // On the seat: the host's certificate is trusted (no warning page), the seat pairs.
    await seat.page.goto(tlsUrl);
    await expect(seat.page.getByRole('heading', { name: 'Appairer ce poste' })).toBeVisible();
    await seat.page.getByLabel('Nom de ce poste').fill('Accueil 2');
    await seat.page.getByLabel('Code affiché sur le poste hôte').fill('ZZZZ-ZZZZ');
    await seat.page.getByRole('button', { name: 'Appairer' }).click();
    await expect(seat.page.getByText('code faux ou expiré')).toBeVisible();
    await seat.page.screenshot({ path: screenshotPath('71-seat-pairing-refused') });
    // A wrong try makes this machine wait 2 s before the next one (issue 27 item 7).
    await seat.page.getByLabel('Code affiché sur le poste hôte').fill(code);
    await seat.page.getByRole('button', { name: 'Appairer' }).click();
    await expect(seat.page.getByText(/réessayez dans \d s/)).toBeVisible();
    await seat.page.waitForTimeout(2_100);
    await seat.page.getByRole('button', { name: 'Appairer' }).click();
    await login(seat.page, ADMIN.login, ADMIN.password);
    await expect(seat.page.getByTestId('current-user')).toHaveText(ADMIN.displayName);

    // The seat creates a file; the host's log names the seat.
    await seat.page.getByRole('button', { name: 'Nouveau patient' }).click();
    await seat.page.getByLabel('Nom de naissance').fill('Réseau');
    await seat.page.getByLabel('Prénom(s) de naissance').fill('Paule');
    await seat.page.getByLabel('Date de naissance').fill('02/02/1970');
    await seat.page.getByRole('combobox', { name: 'Sexe' }).click();
    await seat.page.getByRole('option', { name: 'Féminin' }).click();

    // The host goes down as the seat saves: a clear message, and the typing stays.
    host.child.kill('SIGTERM');
    await new Promise((resolve) => host.child.once('exit', resolve));
    await seat.page.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(seat.page.getByText('Le poste hôte (serveur Paume) ne répond pas').first()).toBeVisible();
    await expect(seat.page.getByLabel('Nom de naissance')).toHaveValue('Réseau');
    await seat.page.screenshot({ path: screenshotPath('72-seat-host-down') });

    // Back up: the same save goes through.
    host = await start();
    await seat.page.getByRole('button', { name: 'Créer le dossier' }).click();
    await expect(seat.page.getByTestId('patient-name')).toHaveText('RÉSEAU Paule');

    await page.goto(host.url);
    await page.goto(`${host.url}/#/cabinet`);
    await page.getByRole('tab', { name: 'Postes', exact: true }).click();
    await expect(page.getByRole('cell', { name: 'Accueil 2' })).toBeVisible();
    await page.getByRole('tab', { name: 'Journal', exact: true }).click();
    await expect(page.getByText('poste Accueil 2').first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('73-journal-seat-name') });
  } finally {
    await seat.close();
    host.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
