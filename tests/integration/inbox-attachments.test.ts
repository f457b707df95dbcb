import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { caller, FIRST_ADMIN, ok, openTempCore } from '../helpers/temp-core.js';

/**
 * The attachment rules (inbox/attachments.ts, issue 21): an attachment is filed only in the
 * patient of its own message, once; only an image or a PDF is sent as itself.
 */
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

const withAttachment = (name: string, mime: string, content: Buffer) =>
  `From: Patient <p@example.fr>\r\nSubject: Photo\r\nMessage-ID: <${Math.random()}@example.fr>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, voici la photo.\r\n--b\r\nContent-Type: ${mime}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${content.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--b--\r\n`;

async function messageWithPhoto(): Promise<{ id: number; attachmentId: number }> {
  const { id } = await opened.core.services.inbox.takeRaw(
    Buffer.from(withAttachment('plaie.png', 'image/png', solidPng(8, 8, [200, 40, 40]))),
    'test',
  );
  const message = await ok<{ attachmentList: { id: number }[] }>(admin.call('inbox.open', { id }));
  const attachmentId = message.attachmentList[0]?.id;
  if (attachmentId === undefined) throw new Error('no attachment read');
  return { id, attachmentId };
}

describe('attachments of a message', () => {
  it('sends a photo as itself, before it is filed', async () => {
    const { attachmentId } = await messageWithPhoto();
    const shown = await ok<{ fileName: string; mime: string; contentBase64: string }>(
      admin.call('inbox.attachment', { id: attachmentId }),
    );
    expect(shown.fileName).toBe('plaie.png');
    expect(shown.mime).toBe('image/png');
    expect(Buffer.from(shown.contentBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    const missing = await admin.call('inbox.attachment', { id: attachmentId + 1000 });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
  });

  it('files nothing while the message has no patient, nor from another message', async () => {
    const first = await messageWithPhoto();
    const other = await messageWithPhoto();
    const unlinked = await admin.call('inbox.attach', first);
    expect(unlinked.ok).toBe(false);
    if (!unlinked.ok) expect(unlinked.error.fields).toEqual({ id: 'message sans patient' });
    expect((await admin.call('inbox.linkPatient', { id: first.id, patientId })).ok).toBe(true);
    const crossed = await admin.call('inbox.attach', { id: first.id, attachmentId: other.attachmentId });
    expect(crossed.ok).toBe(false);
    if (!crossed.ok) expect(crossed.error.fields).toEqual({ attachmentId: 'introuvable' });
    const documents = opened.core.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    expect(documents.n).toBe(0);
  });

  it('files a photo once in the patient’s documents, asked twice', async () => {
    const photo = await messageWithPhoto();
    expect((await admin.call('inbox.linkPatient', { id: photo.id, patientId })).ok).toBe(true);
    const filed = await ok<{ documentId: number }>(admin.call('inbox.attach', photo));
    const again = await ok<{ documentId: number }>(admin.call('inbox.attach', photo));
    expect(again.documentId).toBe(filed.documentId);
    const rows = opened.core.db.prepare('SELECT patient_id FROM documents').all() as { patient_id: number }[];
    expect(rows).toEqual([{ patient_id: patientId }]);
  });
});
