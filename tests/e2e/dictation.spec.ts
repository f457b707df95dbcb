import { patientInput } from '../helpers/patients';
import { sharedPath } from '../helpers/shared';
import { expect, launchChromium, screenshotPath, startPaume, test as base } from './fixtures';
import { completeSetup } from './helpers';

const test = base.extend({});

// Chromium plays a real French clip as the microphone; the server runs whisper.cpp with its test
// model (real code path, no weights: no words come out) and the real Silero voice detector.
test('dictate into a section, see the voice reach the engine, keep the recording, generate the letter, find both in the file', async () => {
  test.setTimeout(180_000);
  const { server, stop } = await startPaume([], {
    PAUME_WHISPER_MODEL: sharedPath('models', 'for-tests-ggml-tiny.bin'),
  });
  const { context, close } = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${sharedPath('audio', 'fr', 'clip-12.wav')}`,
  ]);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await completeSetup(page);
    const patient = await (
      await page.request.post(`${server.url}/api/patients.create`, {
        data: {
          ...patientInput({
            birthName: 'Martin',
            firstNames: 'Louise',
            birthDate: '1958-05-04',
            usedFirstName: 'Louise',
            occupation: 'Agricultrice',
          }),
          confirmNotDuplicate: true,
        },
      })
    ).json();
    const id = patient.value.id as number;
    await page.request.post(`${server.url}/api/visits.create`, {
      data: {
        patientId: id,
        date: '2026-11-20',
        practitionerId: null,
        kind: 'emergency',
        notes: '',
        diagnosis: 'Doigt à ressaut du majeur',
        side: 'right',
        digits: ['D3'],
      },
    });

    await page.goto(`${server.url}/#/patients/${id}`);
    await page.getByRole('tab', { name: 'Courriers' }).click();
    await page.getByRole('button', { name: 'Rédiger' }).click();
    await expect(page.getByTestId('letter-preview')).toContainText('Doigt à ressaut du majeur');
    await page.getByLabel('Histoire').fill('Gêne depuis trois mois.');
    await page.getByLabel('Conserver l’enregistrement').check();
    await page.keyboard.press('F2');
    const recording = page.getByTestId('recording');
    await expect(recording).toBeVisible();
    await expect(recording).toContainText(/parole détectée : [1-9]/, { timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('16-dictation-recording') });
    await page.keyboard.press('F2');
    // The kept recording is announced when the dictation has ended (recognition included).
    await expect(page.getByTestId('recording-kept')).toContainText(
      /Enregistrement conservé dans Documents : dictee-.+\.wav/,
      { timeout: 120_000 },
    );
    await expect(page.getByTestId('dictation-summary')).toContainText(/Dernière dictée : [1-9]/);
    await expect(page.getByLabel('Histoire')).toHaveValue('Gêne depuis trois mois.');

    await page.getByRole('button', { name: 'Générer le courrier' }).click();
    const list = page.getByTestId('letters-list');
    await expect(list).toContainText('Courrier au médecin traitant');
    await expect(list).toContainText('v1');
    // The PDF follows in the background (LibreOffice, installed by .ci/run): the list says so, then offers it.
    await expect(list.getByRole('button', { name: 'PDF' })).toBeVisible({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await list.getByRole('button', { name: '.docx' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^\d{4}-\d{2}-\d{2} .+ - courrier au médecin traitant \(consultation\) v1\.docx$/,
    );
    await page.screenshot({ path: screenshotPath('17-letters') });

    // The kept recording is a document of the file, to be listened to where it is.
    await page.getByRole('tab', { name: 'Documents' }).click();
    await expect(page.getByTestId('document-tile')).toContainText(/dictee-.+\.wav/);
    await expect(page.getByLabel(/Écouter dictee-/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('19-kept-recording') });
  } finally {
    await close();
    await stop();
  }
});
