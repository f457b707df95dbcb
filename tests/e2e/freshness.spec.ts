import type { Page } from '@playwright/test';
import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { api, apiPatient, login } from './helpers';

// Freshness in one place (issue 21): two seats on the same server. What seat A changes shows on
// seat B without a reload, read again from the keys its events name, even in screens B has left:
// a message linked on A no longer shows unlinked on B.

const SUBJECT = 'Report de mon rendez-vous';

async function post<T>(page: Page, origin: string, method: string, data: object): Promise<T> {
  const body = (await (await page.request.post(`${origin}/api/${method}`, { data })).json()) as { value: T };
  return body.value;
}

test.describe('two seats', () => {
  test.use({ serverArgs: ['--demo'] });

  test('a message linked and a booking made on seat A show on seat B without reload', async ({
    page: seatA,
    paume,
  }) => {
    const second = await launchChromium();
    try {
      const seatB = second.context.pages()[0] ?? (await second.context.newPage());
      await seatB.goto(paume.url);
      await login(seatA, 'accueil', 'demo-paume');
      await login(seatB, 'accueil', 'demo-paume');
      for (const seat of [seatA, seatB]) await expect(seat.getByTestId('current-user')).toBeVisible();
      const patient = await apiPatient(seatA, paume.url, {
        birthName: 'Vasseur',
        firstNames: 'Odile',
        usedFirstName: 'Odile',
      });

      // Seat B reads the message (unlinked), then the file's « Échanges » (empty); both stay cached.
      const queueB = seatB.getByRole('listbox', { name: 'Messages' });
      await queueB.getByRole('option', { name: new RegExp(SUBJECT) }).click();
      await expect(seatB.getByLabel('Chercher le patient')).toBeVisible();
      await expect(seatB.getByText(/^Patient :/)).toHaveCount(0);
      await seatB.evaluate((id) => {
        window.location.hash = `#/patients/${id}`;
      }, patient.id);
      await seatB.getByRole('tab', { name: 'Échanges' }).click();
      await expect(seatB.getByText('Aucun échange (message ou appel) rattaché à ce dossier.')).toBeVisible();
      await expect(seatB.getByTestId('patient-appointments')).toContainText('Aucun rendez-vous à venir');

      // Seat A links the message to the patient, found by a search.
      await seatA
        .getByRole('listbox', { name: 'Messages' })
        .getByRole('option', { name: new RegExp(SUBJECT) })
        .click();
      await seatA.getByLabel('Chercher le patient').fill('vasseur');
      await seatA
        .getByText(/^VASSEUR Odile/)
        .locator('..')
        .getByRole('button', { name: 'Lier' })
        .click();
      await expect(seatA.getByText(/^Patient :/)).toContainText('VASSEUR');

      // Seat B's open file lists it at once.
      await expect(seatB.getByRole('link', { name: SUBJECT })).toBeVisible();

      // Seat A books the patient: seat B's file shows the appointment.
      const [motif] = await post<{ id: number }[]>(seatA, paume.url, 'agenda.motifs', {});
      if (!motif) throw new Error('the demonstration has no motif');
      const [slot] = await post<{ practitionerId: number; date: string; time: string }[]>(
        seatA,
        paume.url,
        'agenda.findSlots',
        { motifId: motif.id, limit: 1 },
      );
      if (!slot) throw new Error('no free slot');
      await api(seatA, paume.url, 'agenda.book', {
        patientId: patient.id,
        motifId: motif.id,
        practitionerId: slot.practitionerId,
        date: slot.date,
        time: slot.time,
      });
      const [year, month, day] = slot.date.split('-');
      await expect(seatB.getByTestId('patient-appointments')).toContainText(`${day}/${month}/${year} ${slot.time}`);

      // Back in seat B's inbox (no reload): the message it had read unlinked now names its patient.
      await seatB.evaluate(() => {
        window.location.hash = '#/secretariat';
      });
      await queueB.getByRole('option', { name: new RegExp(SUBJECT) }).click();
      await expect(seatB.getByText(/^Patient :/)).toContainText('VASSEUR');
      await expect(seatB.getByLabel('Chercher le patient')).toHaveCount(0);
      await expect(queueB.getByRole('option', { name: new RegExp(SUBJECT) })).toContainText('VASSEUR');
      await seatB.screenshot({ path: screenshotPath('freshness-seat-b-inbox'), fullPage: true });
    } finally {
      await second.close();
    }
  });
});
