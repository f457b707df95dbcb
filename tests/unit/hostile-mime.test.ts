import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readMessage, UNREADABLE_MESSAGE } from '../../electron/services/inbox/mime/read-message.js';

/** A message of `parts` small attachments, the shape that stalled the sync (issue 27 item 2). */
function manyPartMessage(parts: number): Buffer {
  const lines = [
    'From: Hostile <x@example.org>',
    'To: accueil@paume.local',
    'Subject: 2000 parties',
    'Message-ID: <hostile@example.org>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
  ];
  for (let index = 0; index < parts; index += 1)
    lines.push('--b', `Content-Type: application/octet-stream; name="p${index}.bin"`, '', 'QUJD', '');
  lines.push('--b--', '');
  return Buffer.from(lines.join('\r\n'));
}

const refuseSink = () => Promise.reject(new Error('pas de stockage dans ce test'));

describe('a hostile message is parsed in bounded work', () => {
  it('sets aside a message of 2,000 MIME parts, keeping its headers and raw hash', async () => {
    const raw = manyPartMessage(2_000);
    const read = await readMessage(Readable.from([raw.subarray(0, 5000), raw.subarray(5000)]), refuseSink);
    expect(read.subject).toBe('2000 parties');
    expect(read.attachments).toHaveLength(0);
    expect(read.problems.some((problem) => problem.startsWith(UNREADABLE_MESSAGE))).toBe(true);
    expect(read.rawSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('still reads a message of a few parts', async () => {
    const read = await readMessage(Readable.from([manyPartMessage(3)]), refuseSink);
    expect(read.problems.some((problem) => problem.startsWith(UNREADABLE_MESSAGE))).toBe(false);
    expect(read.attachments).toHaveLength(3);
  });
});
