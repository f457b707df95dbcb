import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDovecot } from '../helpers/dovecot';
import { solidPng } from '../helpers/png';
import { startSmtpSink } from '../helpers/smtp-sink';
import { expect, screenshotPath, test } from './fixtures';
import { api, apiPatient, completeSetup } from './helpers';

// Issue 27: what a person reads cannot be spoofed. A file name with a right-to-left override shows
// its real extension; a sender always shows its real address, and a display name that looks like
// an address is not shown as the sender. The right-of-access export leaves nothing on the host.

const RLO = '\u202E';
const encodedWord = (text: string) => `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;

function mail(from: string, subject: string, attachment?: { name: string; content: Buffer }): string {
  const file = attachment
    ? `--b\r\nContent-Type: application/octet-stream; name*=utf-8''${encodeURIComponent(attachment.name)}\r\nContent-Disposition: attachment; filename*=utf-8''${encodeURIComponent(attachment.name)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment.content.toString('base64')}\r\n`
    : '';
  return `From: ${from}\r\nTo: secretariat@sosmain.example\r\nSubject: ${encodedWord(subject)}\r\nMessage-ID: <${Math.random()}@example.fr>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, ci-joint les résultats.\r\n${file}--b--\r\n`;
}

test('a sender shows its real address; a file name read backwards shows its real extension', async ({
  page,
  paume,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const dovecot = await startDovecot();
  const smtp = await startSmtpSink();
  try {
    await completeSetup(page);
    await dovecot.deliver(
      mail('Cabinet de radiologie du Parc <contact@radio-parc.example>', 'Résultats radio', {
        name: `Résultats ${RLO}fdp.exe`,
        content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]),
      }),
    );
    await dovecot.deliver(
      mail('"Dr Bernard Martin <b.martin@chu-lyon.example>" <pirate@autre.example>', 'Compte rendu opératoire'),
    );
    await api(page, paume.url, 'inbox.saveAccount', dovecot.accountInput(smtp.port));
    await page.goto(`${paume.url}/#/secretariat`);
    const options = page.getByRole('listbox', { name: 'Messages' }).getByRole('option');
    await expect(options).toHaveCount(2, { timeout: 15_000 });

    const senders = page.getByTestId('queue-sender');
    await expect(senders.filter({ hasText: 'Cabinet de radiologie du Parc' })).toHaveText(
      'Cabinet de radiologie du Parc <contact@radio-parc.example>',
    );
    await expect(senders.filter({ hasText: 'pirate@autre.example' })).toHaveText('pirate@autre.example');
    await expect(senders.filter({ hasText: 'b.martin' })).toHaveCount(0);

    await options.filter({ hasText: 'Compte rendu opératoire' }).click();
    await expect(page.getByTestId('sender')).toContainText('pirate@autre.example');
    await expect(page.getByTestId('sender')).not.toContainText('Bernard');
    await expect(page.getByTestId('sender-warning')).toContainText(
      'Nom affiché par l’expéditeur : « Dr Bernard Martin <b.martin@chu-lyon.example> »',
    );
    await page.screenshot({ path: screenshotPath('spoofed-sender'), fullPage: false });

    await options.filter({ hasText: 'Résultats radio' }).click();
    await expect(page.getByTestId('sender')).toContainText(
      'Cabinet de radiologie du Parc <contact@radio-parc.example>',
    );
    const attachmentLine = page.getByText(/^PJ : /);
    await expect(attachmentLine).toContainText('PJ : Résultats fdp.exe');
    expect(await attachmentLine.textContent()).not.toContain(RLO);
    await page.screenshot({ path: screenshotPath('spoofed-attachment'), fullPage: false });
  } finally {
    await smtp.close();
    await dovecot.stop();
  }
});

test('the right-of-access export is downloaded, said where it went, and nothing stays on the host', async ({
  page,
  paume,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await completeSetup(page);
  const patient = await apiPatient(page, paume.url, { birthName: 'Quintard', firstNames: 'Berthe', usedFirstName: '' });
  const photo = solidPng(16, 16, [180, 60, 60]);
  await api(page, paume.url, 'documents.add', {
    patientId: patient.id,
    visitId: null,
    fileName: 'plaie-pouce.png',
    content: photo.toString('base64'),
  });
  await page.goto(`${paume.url}/#/patients/${patient.id}`);
  await page.getByRole('tab', { name: 'Dossier' }).click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le dossier (droit d’accès)' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^dossier-\d+-\d{8}-\d{6}\.zip$/);
  const saved = page.getByTestId('export-saved');
  await expect(saved).toContainText(`« ${download.suggestedFilename()} »`);
  await expect(saved).toContainText('Paume n’en garde aucune sur le poste hôte');
  await saved.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('export-saved'), fullPage: false });

  // The zip is whole; the data folder holds no export and no clear copy of the photo.
  const zip = readFileSync(await download.path());
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(existsSync(join(paume.dataDir, 'exports'))).toBe(false);
  for (const entry of readdirSync(paume.dataDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    expect(bytes.includes(photo), entry.name).toBe(false);
    expect(bytes.includes('Quintard'), entry.name).toBe(false);
  }
});
