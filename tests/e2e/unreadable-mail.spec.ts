import { startDovecot } from '../helpers/dovecot';
import { startSmtpSink } from '../helpers/smtp-sink';
import { expect, screenshotPath, test } from './fixtures';
import { api, completeSetup } from './helpers';

// Issue 27 item 2: a message of 2,000 MIME parts is set aside by the sync, flagged on its queue
// line « message illisible, à ouvrir dans la messagerie », its raw copy attached; the urgent
// message after it arrives.

function manyParts(parts: number): string {
  const lines = [
    'From: Inconnu <x@example.org>',
    'To: secretariat@sosmain.example',
    'Subject: Documents',
    'Message-ID: <parts-2000@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
  ];
  for (let index = 0; index < parts; index += 1)
    lines.push('--b', `Content-Type: application/octet-stream; name="p${index}.bin"`, '', 'QUJD', '');
  return [...lines, '--b--', ''].join('\r\n');
}

const urgent =
  'From: Julie Perrin <julie.perrin@example.fr>\r\nTo: secretariat@sosmain.example\r\nSubject: Coupure à la scie\r\nMessage-ID: <scie@example.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJe me suis coupé le doigt avec une scie, ça saigne beaucoup.\r\n';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])
  test(`a message set aside is flagged on the queue, the next one arrives (${viewport.width}x${viewport.height})`, async ({
    page,
    paume,
  }) => {
    await page.setViewportSize(viewport);
    const dovecot = await startDovecot();
    const smtp = await startSmtpSink();
    try {
      await completeSetup(page);
      await dovecot.deliverMany([manyParts(2_000), urgent]);
      await api(page, paume.url, 'inbox.saveAccount', dovecot.accountInput(smtp.port));
      await page.goto(`${paume.url}/#/secretariat`);
      const options = page.getByRole('listbox', { name: 'Messages' }).getByRole('option');
      await expect(options).toHaveCount(2, { timeout: 20_000 });
      const aside = options.filter({ hasText: 'Documents' });
      await expect(aside.getByTestId('queue-unreadable')).toHaveText('Message illisible, à ouvrir dans la messagerie');
      await expect(options.filter({ hasText: 'Coupure à la scie' }).getByTestId('queue-unreadable')).toHaveCount(0);
      await aside.click();
      await expect(page.getByText(/^PJ : /)).toContainText('message-original.eml');
      await page.screenshot({ path: screenshotPath(`unreadable-mail-${viewport.width}`), fullPage: false });
    } finally {
      await smtp.close();
      await dovecot.stop();
    }
  });
