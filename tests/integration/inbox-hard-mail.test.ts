import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, withNirKey } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';
import { fileVault, filesKeyOf } from '../../electron/lib/file-vault.js';

/**
 * Mail that is hard to read (issue 11): each becomes a clear state and nothing is lost —
 * malformed MIME, 8-bit headers, a 50 MB attachment, an MSSanté XDM archive (and a zip bomb
 * inside one), HTML with scripts and a tracking pixel, a program posing as a photo.
 */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
const NIR = withNirKey('2580975123456');

beforeAll(async () => {
  opened = await openTempCore();
  admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  const created = await admin.call(
    'patients.create',
    patientInput({ birthName: 'MOREL', firstNames: 'Sandrine', usedFirstName: '', birthDate: '1958-09-04', nir: NIR }),
  );
  expect(created.ok).toBe(true);
});
afterAll(() => {
  opened.dispose();
});

const take = (raw: string | Buffer) => opened.core.services.inbox.takeRaw(Buffer.from(raw), 'test');
async function open(id: number) {
  const answer = await admin.call('inbox.open', { id });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as {
    subject: string;
    bodyText: string;
    safeHtml: string | null;
    blockedImages: number;
    problems: string[];
    candidates: { patient: { id: number }; evidence: string; strength: string }[];
    attachmentList: { id: number; fileName: string; mime: string; size: number; refusal: string | null }[];
  };
}

const multipart = (parts: string[]) =>
  `From: Patient <p@example.fr>\r\nSubject: Pièces\r\nMessage-ID: <${Math.random()}@example.fr>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, voici.\r\n${parts.map((part) => `--b\r\n${part}\r\n`).join('')}--b--\r\n`;
const attachment = (name: string, mime: string, content: Buffer) =>
  `Content-Type: ${mime}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${content.toString('base64').replace(/.{76}/g, '$&\r\n')}`;

describe('hard mail', () => {
  it('keeps a message whose MIME is broken, with what can be read', async () => {
    const { id, created } = await take(
      'From: x@example.fr\r\nSubject: cassé\r\nContent-Type: multipart/mixed; boundary="jamais"\r\n\r\nJe me suis coupé le doigt, ça saigne encore.\r\n--pas-la-bonne\r\n',
    );
    expect(created).toBe(true);
    const message = await open(id);
    expect(message.subject).toBe('cassé');
    expect(message.problems.join(' ')).toMatch(/Message-ID/);
  });

  it('reads 8-bit headers written without encoding', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: =?utf-8?q?Ren=C3=A9?= <r@example.fr>\r\nSubject: '),
      Buffer.from('Coupure à la paume', 'utf8'),
      Buffer.from('\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      Buffer.from('Plaie profonde ce matin.\r\n', 'utf8'),
    ]);
    const message = await open((await take(raw)).id);
    expect(message.subject).toBe('Coupure à la paume');
    expect(message.bodyText).toContain('Plaie profonde');
  });

  it('streams a 50 MB attachment to the documents store and keeps it whole', async () => {
    const big = Buffer.alloc(50 * 1_048_576, 0x25);
    big.write('%PDF-1.4\n', 0);
    const message = await open((await take(multipart([attachment('scanner.pdf', 'application/pdf', big)]))).id);
    const [file] = message.attachmentList;
    expect(file?.size).toBe(big.length);
    expect(file?.mime).toBe('application/pdf');
    const row = opened.core.db.prepare('SELECT sha256 FROM mail_attachments WHERE id = ?').get(file?.id) as {
      sha256: string;
    };
    const path = join(opened.file, '..', 'documents', row.sha256.slice(0, 2), row.sha256);
    // Sealed as it streamed in (issue 14): header and tag around the same length, and whole when opened.
    expect(existsSync(path) && statSync(path).size).toBe(big.length + 36);
    expect(fileVault(filesKeyOf(opened.core.databaseKey.key)).openFile(path).equals(big)).toBe(true);
  }, 60_000);

  it('names the patient of an MSSanté XDM archive by its INS', async () => {
    const zip = new PizZip();
    zip.file(
      'IHE_XDM/SUBSET01/METADATA.XML',
      `<rim:ExternalIdentifier identificationScheme="urn:uuid:58a6f841" value="${NIR}^^^&amp;1.2.250.1.213.1.4.8&amp;ISO"/><rim:Value>PID-5|MOREL^Sandrine^^^^^L</rim:Value><rim:Value>PID-7|19580904</rim:Value>`,
    );
    const archive = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    const message = await open((await take(multipart([attachment('IHE_XDM.ZIP', 'application/zip', archive)]))).id);
    expect(message.candidates[0]?.strength).toBe('sure');
    expect(message.candidates[0]?.evidence).toContain(`INS ${NIR.slice(0, 13)}`);
  });

  it('refuses a zip bomb inside an XDM archive, keeps the message and says why', async () => {
    const zip = new PizZip();
    zip.file('IHE_XDM/SUBSET01/METADATA.XML', '<x/>');
    zip.file('IHE_XDM/SUBSET01/DOC0001.PDF', Buffer.alloc(30 * 1_048_576, 0));
    const bomb = zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(200_000);
    const message = await open((await take(multipart([attachment('IHE_XDM.ZIP', 'application/zip', bomb)]))).id);
    expect(message.problems.join(' ')).toMatch(/archive refusée/);
    expect(message.attachmentList).toHaveLength(1);
  });

  it('shows HTML without scripts, handlers or trackers until images are allowed', async () => {
    const raw = `From: promo@example.com\r\nSubject: html\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p onclick="steal()">Bonjour<script>alert(1)</script></p><img src="https://tracker.example.com/p.gif?id=42"><a href="javascript:alert(2)">lien</a><iframe src="https://x.example"></iframe>\r\n`;
    const { id } = await take(raw);
    const message = await open(id);
    expect(message.safeHtml).not.toMatch(/script|onclick|javascript:|iframe/i);
    expect(message.safeHtml).not.toMatch(/\ssrc="https:\/\/tracker/);
    expect(message.blockedImages).toBe(1);
    expect((await admin.call('inbox.allowImages', { id })).ok).toBe(true);
    expect((await open(id)).safeHtml).toContain('src="https://tracker.example.com/p.gif?id=42"');
  });

  it('sorts a message again when its patient is linked: the record counts, a correction stays', async () => {
    const created = await admin.call(
      'patients.create',
      patientInput({
        birthName: 'BESSON',
        firstNames: 'Alexis',
        birthDate: '1994-02-02',
        workAccident: true,
        workAccidentDate: '2026-11-02',
        workAccidentEmployer: 'Menuiserie Giraud',
      }),
    );
    if (!created.ok) throw new Error(created.error.message);
    const patientId = (created.value as { id: number }).id;
    const raw = 'From: a.besson@example.fr\r\nSubject: papiers\r\n\r\nIl me faut le papier pour mon employeur.\r\n';
    const { id } = await take(raw);
    const category = () =>
      (opened.core.db.prepare('SELECT category FROM mail_messages WHERE id = ?').get(id) as { category: string })
        .category;
    expect(category()).toBe('semi-urgent');
    expect((await admin.call('inbox.linkPatient', { id, patientId })).ok).toBe(true);
    expect(category()).toBe('administratif');
    const again = (await take(`X-Again: 1\r\n${raw}`)).id;
    expect((await admin.call('inbox.setCategory', { id: again, category: 'urgence-jour' })).ok).toBe(true);
    expect((await admin.call('inbox.linkPatient', { id: again, patientId })).ok).toBe(true);
    expect(
      (opened.core.db.prepare('SELECT category FROM mail_messages WHERE id = ?').get(again) as { category: string })
        .category,
    ).toBe('urgence-jour');
  });

  it('never takes a program for a photo, nor files it', async () => {
    const program = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(2000, 1)]);
    const { id } = await take(multipart([attachment('photo.jpg', 'image/jpeg', program)]));
    const message = await open(id);
    expect(message.attachmentList[0]?.mime).toBe('application/octet-stream');
    const patientId = (opened.core.db.prepare('SELECT id FROM patients LIMIT 1').get() as { id: number }).id;
    expect((await admin.call('inbox.linkPatient', { id, patientId })).ok).toBe(true);
    const filed = await admin.call('inbox.attach', { id, attachmentId: message.attachmentList[0]?.id });
    expect(filed.ok).toBe(false);
    if (!filed.ok) expect(filed.error.message).toMatch(/Fichier refusé/);
    const download = await admin.call('inbox.attachment', { id: message.attachmentList[0]?.id });
    expect(download.ok && (download.value as { mime: string }).mime).toBe('application/octet-stream');
  });
});
