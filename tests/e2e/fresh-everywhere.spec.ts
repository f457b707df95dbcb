import type { Page } from '@playwright/test';
import { expect, launchChromium, screenshotPath, test } from './fixtures';
import { api, apiPatient, login } from './helpers';

// Issue 22 item 11: what is changed elsewhere shows here at once, without a reload. The secretary
// has a message open while the surgeon, on another seat, links it to a file and books it; then she
// has that patient's file open while the surgeon adds a consultation and an alert.

test.use({ serverArgs: ['--demo'] });

interface QueueItem {
  id: number;
  subject: string;
}

async function messageId(seat: Page, origin: string, subject: RegExp): Promise<number> {
  const answer = await seat.request.post(`${origin}/api/inbox.queue`, { data: { view: 'a-traiter', limit: 200 } });
  const body = (await answer.json()) as { value: { items: QueueItem[] } };
  const item = body.value.items.find((candidate) => subject.test(candidate.subject));
  if (!item) throw new Error(`no message ${String(subject)}`);
  return item.id;
}

test('a message linked and booked on another seat, a consultation and an alert added there, show here at once', async ({
  page,
  paume,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, 'accueil', 'demo-paume');
  await page.getByRole('option', { name: /Report de mon rendez-vous/ }).click();
  await expect(page.getByLabel('Chercher le patient')).toBeVisible();

  const second = await launchChromium();
  try {
    const surgeon = second.context.pages()[0] ?? (await second.context.newPage());
    await surgeon.goto(paume.url);
    await login(surgeon, 'claire.fontaine', 'demo-paume');
    // The administrator is first shown the database's recovery key; her session is open already.
    await expect(surgeon.getByRole('heading', { name: 'Clé de secours de la base' })).toBeVisible();
    const patient = await apiPatient(surgeon, paume.url, {
      birthName: 'Roy',
      firstNames: 'Nathalie',
      usedFirstName: 'Nathalie',
      birthDate: '1979-05-14',
    });
    const id = await messageId(surgeon, paume.url, /Report de mon rendez-vous/);

    // Linked on the surgeon's seat: the secretary's open message names the patient, no search left.
    await api(surgeon, paume.url, 'inbox.linkPatient', { id, patientId: patient.id, confirmMismatch: true });
    await expect(page.getByRole('link', { name: 'ROY Nathalie (14/05/1979)' })).toBeVisible();
    await expect(page.getByLabel('Chercher le patient')).toHaveCount(0);

    // Booked from that message on the surgeon's seat: the message is done here too.
    const motifs = (await (await surgeon.request.post(`${paume.url}/api/agenda.motifs`, { data: {} })).json()) as {
      value: { id: number }[];
    };
    const motifId = motifs.value[0]?.id ?? 0;
    const slots = (await (
      await surgeon.request.post(`${paume.url}/api/agenda.findSlots`, { data: { motifId, limit: 1 } })
    ).json()) as { value: { practitionerId: number; date: string; time: string }[] };
    const slot = slots.value[0];
    if (!slot) throw new Error('no slot in the demo agenda');
    await api(surgeon, paume.url, 'agenda.book', {
      patientId: patient.id,
      practitionerId: slot.practitionerId,
      motifId,
      date: slot.date,
      time: slot.time,
      inboxMessageId: id,
    });
    await expect(page.getByRole('combobox', { name: 'État' })).toHaveValue('Traité');

    // The secretary opens that file; the surgeon adds a consultation and an alert on her seat.
    await page.goto(`${paume.url}/#/patients/${patient.id}`);
    await page.getByRole('tab', { name: 'Consultations (0)' }).click();
    await api(surgeon, paume.url, 'visits.create', {
      patientId: patient.id,
      date: '2026-12-01',
      practitionerId: null,
      kind: 'emergency',
      diagnosis: 'Plaie pulpaire D3 droite',
      notes: '',
      side: 'right',
      digits: [],
    });
    await expect(page.getByText('Plaie pulpaire D3 droite')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Consultations (1)' })).toBeVisible();
    await api(surgeon, paume.url, 'alerts.add', { patientId: patient.id, kind: 'allergy', detail: 'latex' });
    await expect(page.getByText(/latex/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('38-fresh-file-1280') });
  } finally {
    await second.close();
  }
});
