import { test as base } from '@playwright/test';
import { expect, launchChromium, screenshotPath, startPaume } from './fixtures';
import { apiPatient, completeSetup } from './helpers';

// Issue 22 item 4: between midnight and 1 a.m. in Paris (2 a.m. in summer) the UTC day is still
// yesterday. The server runs under libfaketime and the page under Playwright's clock, both set to
// 00:30 Paris: a consultation typed then is today's, the Bloc opens on today, and a date saved
// wrong can be corrected, the journal naming both days.
const FAKETIME_LIBRARY = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

const NIGHTS = [
  { season: 'hiver', utc: '2026-12-02 23:30:00', parisDay: '03/12/2026', utcDay: '02/12/2026' },
  { season: 'été', utc: '2026-07-14 22:30:00', parisDay: '15/07/2026', utcDay: '14/07/2026' },
] as const;

for (const night of NIGHTS) {
  base(`a consultation typed at 00:30 Paris time (${night.season}) is dated that Paris day`, async () => {
    const { server, stop } = await startPaume([], {
      LD_PRELOAD: FAKETIME_LIBRARY,
      FAKETIME: `@${night.utc}`,
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      TZ: 'UTC',
    });
    const { context, close } = await launchChromium();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.clock.install({ time: new Date(`${night.utc.replace(' ', 'T')}Z`) });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.url);
      await completeSetup(page);
      const { id } = await apiPatient(page, server.url, {
        birthName: 'Vasseur',
        firstNames: 'Jeanne',
        usedFirstName: 'Jeanne',
      });

      await page.goto(`${server.url}/#/patients/${id}`);
      await page.getByRole('tab', { name: /Consultations/ }).click();
      await expect(page.getByLabel('Date', { exact: true })).toHaveValue(night.parisDay);
      await page.getByLabel('Diagnostic').fill('Plaie de la pulpe de l’index');
      await page.getByRole('button', { name: 'Ajouter la consultation' }).click();
      await expect(
        page.getByRole('button', { name: `Corriger la date de la consultation du ${night.parisDay}` }),
      ).toBeVisible();

      // Corrected in place (here to the UTC day, as an older Paris would have saved it), traced.
      await page.getByRole('button', { name: `Corriger la date de la consultation du ${night.parisDay}` }).click();
      await page.getByLabel('Date corrigée de la consultation').fill('31/02/2026');
      await page.getByLabel('Date corrigée de la consultation').press('Enter');
      await expect(page.getByText(/date impossible/)).toBeVisible();
      await page.getByLabel('Date corrigée de la consultation').fill(night.utcDay);
      await page.getByLabel('Date corrigée de la consultation').press('Enter');
      await expect(
        page.getByRole('button', { name: `Corriger la date de la consultation du ${night.utcDay}` }),
      ).toBeVisible();
      if (night.season === 'hiver') await page.screenshot({ path: screenshotPath('34-visit-date-corrected-1280') });
      await page.getByRole('tab', { name: 'Journal des accès' }).click();
      await expect(page.getByText(`date corrigée du ${night.parisDay} au ${night.utcDay}`)).toBeVisible();

      // The Bloc and Consultation open on the Paris day.
      await page.goto(`${server.url}/#/consultation`);
      await expect(page.getByRole('heading', { name: `Consultations du ${night.parisDay}` })).toBeVisible();
      await page.goto(`${server.url}/#/bloc`);
      await expect(page.getByLabel('Jour du programme')).toHaveValue(night.parisDay);
    } finally {
      await close();
      await stop();
    }
  });
}
