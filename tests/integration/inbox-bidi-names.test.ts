import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { senderLabel } from '../../electron/api/common/shown-names.js';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { caller, FIRST_ADMIN, ok, openTempCore } from '../helpers/temp-core.js';

/**
 * Names written to mislead (issue 27): an attachment named « Résultats », U+202E, « fdp.exe »
 * reads « Résultats exe.pdf »; a display name « Dr Bernard Martin <b.martin@…> » hides the real
 * address. Real MIME messages, read as the sync reads them, stored, opened and filed.
 */
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let patientId: number;

beforeAll(async () => {
  opened = await openTempCore();
  admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  patientId = (await ok<{ id: number }>(admin.call('patients.create', patientInput()))).id;
});
afterAll(() => {
  opened.dispose();
});

/** RFC 2047 for a header word, RFC 2231 for a file name: how a mail program writes them. */
const encodedWord = (text: string) => `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
const rfc2231 = (text: string) => `utf-8''${encodeURIComponent(text)}`;
const base64Lines = (content: Buffer) => content.toString('base64').replace(/.{76}/g, '$&\r\n');

function mimeMessage(from: string, files: { name: string; mime: string; content: Buffer }[]): Buffer {
  const parts = files.map(
    (file) =>
      `--b\r\nContent-Type: ${file.mime}; name*=${rfc2231(file.name)}\r\nContent-Disposition: attachment; filename*=${rfc2231(file.name)}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(file.content)}\r\n`,
  );
  return Buffer.from(
    `From: ${from}\r\nTo: secretariat@sosmain.example\r\nSubject: ${encodedWord(`Résultats ${RLO}de la radio`)}\r\nMessage-ID: <${Math.random()}@example.fr>\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, voici les résultats.\r\n${parts.join('')}--b--\r\n`,
    'utf8',
  );
}

interface Opened {
  fromName: string;
  fromAddress: string;
  subject: string;
  problems: string[];
  attachmentList: { id: number; fileName: string; refusal: string | null }[];
  thread: { fromName: string; fromAddress: string }[];
}

describe('names that would be read backwards, neutralised where mail enters (issue 27)', () => {
  it('stores the attachment names, the display name and the subject without bidirectional controls', async () => {
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const raw = mimeMessage(`${encodedWord(`Dr Bernard ${RLO}nitraM`)} <B.Martin@Chu-Lyon.example>`, [
      { name: `Résultats ${RLO}fdp.exe`, mime: 'application/pdf', content: program },
      { name: `photo ${LRI}pouce${PDI}.png`, mime: 'image/png', content: solidPng(8, 8, [180, 40, 40]) },
    ]);
    const { id, created } = await opened.core.services.inbox.takeRaw(raw, 'test');
    expect(created).toBe(true);

    const message = await ok<Opened>(admin.call('inbox.open', { id }));
    expect(message.fromName).toBe('Dr Bernard nitraM');
    expect(message.fromAddress).toBe('b.martin@chu-lyon.example');
    expect(message.subject).toBe('Résultats de la radio');
    // The program shows its real extension; the photo keeps its name, without the isolate.
    expect(message.attachmentList.map((file) => file.fileName)).toEqual(['Résultats fdp.exe', 'photo pouce.png']);
    expect(message.problems.join(' · ')).toContain(
      'Résultats fdp.exe : nom de fichier écrit avec des caractères d’inversion du sens de lecture (retirés)',
    );
    expect(senderLabel({ name: message.fromName, address: message.fromAddress })).toBe(
      'Dr Bernard nitraM <b.martin@chu-lyon.example>',
    );

    // Nothing of it kept in the database, nor in the queue.
    const rows = opened.core.db
      .prepare(
        'SELECT m.from_name, m.subject, a.file_name FROM mail_messages m JOIN mail_attachments a ON a.message_id = m.id WHERE m.id = ?',
      )
      .all(id) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(BIDI);
    const queue = await ok<{ items: { id: number; fromName: string; subject: string }[] }>(
      admin.call('inbox.queue', { view: 'a-traiter' }),
    );
    const item = queue.items.find((entry) => entry.id === id);
    expect(item?.fromName).toBe('Dr Bernard nitraM');
    expect(item?.subject).toBe('Résultats de la radio');

    // Filed in the patient's file, the photo keeps the neutral name; the program is refused by its real kind.
    expect((await admin.call('inbox.linkPatient', { id, patientId })).ok).toBe(true);
    const [program_, photo] = message.attachmentList;
    await ok(admin.call('inbox.attach', { id, attachmentId: photo?.id }));
    const file = await ok<{ documents: { fileName: string }[] }>(admin.call('patientFile.open', { id: patientId }));
    expect(file.documents.map((document) => document.fileName)).toContain('photo pouce.png');
    const refused = await admin.call('inbox.attach', { id, attachmentId: program_?.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/« \.exe »/);
  });

  it('shows the real address, not a display name that looks like an address', async () => {
    const raw = mimeMessage('"Dr Bernard Martin <b.martin@chu-lyon.example>" <pirate@autre.example>', [
      { name: 'compte-rendu.pdf', mime: 'application/pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
    ]);
    const { id } = await opened.core.services.inbox.takeRaw(raw, 'test');
    const message = await ok<Opened>(admin.call('inbox.open', { id }));
    expect(message.fromAddress).toBe('pirate@autre.example');
    expect(message.fromName).toBe('Dr Bernard Martin <b.martin@chu-lyon.example>');
    expect(senderLabel({ name: message.fromName, address: message.fromAddress })).toBe('pirate@autre.example');
    // The thread gives the address beside each name too.
    expect(message.thread.map((entry) => entry.fromAddress)).toEqual(['pirate@autre.example']);
  });
});

describe('a document uploaded under a name read backwards (issue 27)', () => {
  it('is kept and shown under its name without bidirectional controls', async () => {
    const added = await ok<{ fileName: string }>(
      admin.call('documents.add', {
        patientId,
        visitId: null,
        fileName: `radio ${RLO}gnp.png`,
        content: solidPng(8, 8, [10, 10, 10]).toString('base64'),
      }),
    );
    expect(added.fileName).toBe('radio gnp.png');
    const stored = opened.core.db
      .prepare('SELECT file_name FROM documents WHERE file_name LIKE ?')
      .pluck()
      .all('radio%');
    expect(stored).toEqual(['radio gnp.png']);
  });
});
