import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { sharedPath } from '../helpers/shared.js';
import { caller, FIRST_ADMIN, openTempCore, tempDir } from '../helpers/temp-core.js';

// What hostile and careless input did to the landed server (issue 9), one test per point.

let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
beforeEach(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  expect((await httpClient(server).post('setup.initialize', FIRST_ADMIN)).status).toBe(200);
});
afterEach(async () => {
  await server.close();
  opened.dispose();
});

const loginAs = async (login = FIRST_ADMIN.login, password = FIRST_ADMIN.password) => {
  const client = httpClient(server);
  expect((await client.post('auth.login', { login, password })).status).toBe(200);
  return client;
};
const refusedLogins = () =>
  opened.core.db
    .prepare<[], { n: number }>(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'auth.login' AND outcome = 'refused'",
    )
    .get()?.n ?? 0;

describe('1. password checks are throttled before hashing', () => {
  it('checks at most 5 of 300 wrong passwords sent at once for one account', async () => {
    const answers = await Promise.all(
      Array.from({ length: 300 }, () => httpClient(server).post('auth.login', { login: 'alice', password: 'devine' })),
    );
    expect(refusedLogins()).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.body.error?.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(295);
    expect(answers.every((answer) => answer.status < 500)).toBe(true);
  });

  it('throttles changing one’s own password, too', async () => {
    const alice = await loginAs();
    const tries = [];
    for (let attempt = 0; attempt < 7; attempt += 1)
      tries.push(
        await alice.post('auth.changeOwnPassword', { currentPassword: 'devine', newPassword: 'nouveau-mot-de-passe' }),
      );
    expect(tries.slice(0, 5).every((answer) => answer.body.error?.code === 'INVALID_INPUT')).toBe(true);
    expect(tries[6]?.body.error?.code).toBe('RATE_LIMITED');
  });

  it('one person’s typos on the shared seat do not lock out a colleague', async () => {
    const admin = await loginAs();
    await admin.post('users.create', {
      login: 'nathalie',
      displayName: 'Nathalie',
      password: 'secretariat-1',
      roles: ['secretary'],
      practitionerId: null,
    });
    for (let attempt = 0; attempt < 8; attempt += 1)
      await httpClient(server).post('auth.login', { login: 'alice', password: 'faux' });
    expect((await httpClient(server).post('auth.login', { login: 'nathalie', password: 'secretariat-1' })).status).toBe(
      200,
    );
  });
});

describe('2. control characters', () => {
  it('are dropped from what is stored, and letters still generate from older data that has them', async () => {
    const admin = await loginAs();
    const created = await admin.post(
      'patients.create',
      patientInput({ birthName: 'Lef\u0000èvre\u0007', usedFirstName: 'Je\u000banne' }),
    );
    const id = (created.body.value as { id: number }).id;
    const stored = opened.core.db
      .prepare<[number], { birth_name: string }>('SELECT birth_name FROM patients WHERE id = ?')
      .get(id);
    expect(stored?.birth_name).toBe('Lefèvre');
    // Data written before this fix: control characters put straight into the tables.
    opened.core.db.prepare('UPDATE patients SET birth_name = ? WHERE id = ?').run('LEF\u0000\u0007VRE\u000b', id);
    opened.core.db.prepare('UPDATE practice SET name = ?').run('SOS\u0007 Main\u0000');
    const visit = await admin.post('visits.create', {
      patientId: id,
      date: '2026-11-20',
      practitionerId: null,
      kind: 'emergency',
      notes: 'Plaie\u0000',
      diagnosis: '',
      side: 'right',
      digits: ['D2'],
    });
    const visitId = (visit.body.value as { id: number }).id;
    const preview = await admin.post('letters.preview', { visitId, kind: 'gp-letter', sections: {} });
    expect(preview.status).toBe(200);
    const generated = await admin.post('letters.generate', {
      visitId,
      kind: 'gp-letter',
      sections: { examination: 'Examen\u0000 normal' },
    });
    expect(generated.status).toBe(200);
  });
});

/** A .docx whose document.xml claims `declared` bytes and inflates to `actual` zeros. */
function zipWithEntry(name: string, actual: number, declared: number): Buffer {
  const zeros = Buffer.alloc(actual);
  const data = deflateRawSync(zeros, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(zeros), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(zeros), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('3. templates cannot hurt the server', () => {
  it('refuses a zip bomb quickly, with bounded memory, whether its sizes are honest or not', async () => {
    const admin = await loginAs();
    for (const [label, bomb] of [
      ['honest', zipWithEntry('word/document.xml', 200 * 1_048_576, 200 * 1_048_576)],
      ['lying', zipWithEntry('word/document.xml', 200 * 1_048_576, 2_000)],
    ] as const) {
      const rssBefore = process.memoryUsage().rss;
      const started = performance.now();
      const answer = await admin.post('letters.uploadTemplate', {
        kind: 'convocation',
        fileName: 'bombe.docx',
        content: bomb.toString('base64'),
      });
      const seconds = (performance.now() - started) / 1000;
      const growthMb = (process.memoryUsage().rss - rssBefore) / 1_048_576;
      console.log(
        `zip bomb (${label}, ${Math.round(bomb.length / 1024)} Ko → 200 Mo) : refusée en ${seconds.toFixed(2)} s, mémoire +${growthMb.toFixed(0)} Mo`,
      );
      expect(answer.body).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/document refusé/) },
      });
      expect(seconds).toBeLessThan(10);
    }
  }, 60_000);

  it('refuses raw-XML tags, over-deep nesting and inherited names, naming them', async () => {
    const admin = await loginAs();
    const PizZip = (await import('pizzip')).default;
    const { readFileSync } = await import('node:fs');
    const { packagePath } = await import('../../electron/lib/package-path.js');
    const withBody = (body: string) => {
      const zip = new PizZip(readFileSync(packagePath('templates', 'convocation.docx')));
      zip.file(
        'word/document.xml',
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      );
      return zip.generate({ type: 'nodebuffer' }).toString('base64');
    };
    const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const upload = (body: string) =>
      admin.post('letters.uploadTemplate', { kind: 'convocation', fileName: 'x.docx', content: withBody(body) });
    expect((await upload(paragraph('{@patient.fullName}'))).body.error?.message).toMatch(/balise XML brute/);
    const deep = 'abcdefgh'.split('');
    expect(
      (
        await upload(
          paragraph(
            `${deep.map((l) => `{#${l}}`).join('')}x${[...deep]
              .reverse()
              .map((l) => `{/${l}}`)
              .join('')}`,
          ),
        )
      ).body.error?.message,
    ).toMatch(/imbriquées/);
    for (const inherited of ['{hasOwnProperty}', '{patient.constructor}', '{#gp}{toString}{/gp}']) {
      expect((await upload(paragraph(inherited))).body.error?.message, inherited).toMatch(/champs inconnus/);
    }
  });
});

describe('4. importing a model reads nothing it should not', () => {
  it('gives one answer for a folder, a pipe, a huge file, a junk file and a missing one; loads a real one', async () => {
    const admin = caller(opened.core);
    await admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
    const { dir, remove } = tempDir();
    mkdirSync(join(dir, 'dossier.bin'));
    execFileSync('mkfifo', [join(dir, 'tube.bin')]);
    execFileSync('truncate', ['-s', '5G', join(dir, 'enorme.bin')]);
    const junk = Buffer.alloc(600_000, 7);
    junk.writeUInt32LE(0x67676d6c, 0);
    writeFileSync(join(dir, 'faux-modele.bin'), junk);
    for (const name of ['dossier.bin', 'tube.bin', 'enorme.bin', 'faux-modele.bin', 'absent.bin']) {
      const started = performance.now();
      expect(await admin.call('dictation.importModel', { path: join(dir, name) }), name).toMatchObject({
        ok: false,
        error: {
          message: 'Ce fichier ne peut pas servir de modèle de dictée (un modèle whisper.cpp .bin est attendu).',
        },
      });
      expect(performance.now() - started, name).toBeLessThan(60_000);
    }
    expect(readdirSync(join(opened.file, '..', 'models')).filter((name) => !name.startsWith('.'))).toEqual([]);
    expect(
      await admin.call('dictation.importModel', { path: sharedPath('models', 'for-tests-ggml-tiny.bin') }),
    ).toMatchObject({
      ok: true,
    });
    remove();
  }, 120_000);

  it('refuses a server-side path from another seat', async () => {
    const remote = caller(opened.core, 'http 192.0.2.10', false);
    await remote.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
    expect(
      await remote.call('dictation.importModel', { path: sharedPath('models', 'for-tests-ggml-tiny.bin') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('5. exports and paths', () => {
  it('exports a document named with 255 characters, complete, with nothing written to the disk', async () => {
    const admin = await loginAs();
    const id = ((await admin.post('patients.create', patientInput())).body.value as { id: number }).id;
    const longName = `${'é'.repeat(251)}.png`;
    expect(
      (
        await admin.post('documents.add', {
          patientId: id,
          visitId: null,
          fileName: longName,
          content: solidPng(4, 4, [9, 9, 9]).toString('base64'),
        })
      ).status,
    ).toBe(200);
    const exported = await admin.post('patientFile.export', { id });
    expect(exported.status).toBe(200);
    const { files, zip } = exported.body.value as { files: string[]; zip: { contentBase64: string } };
    expect(files).toHaveLength(3);
    // The document is in the zip under a name every file system takes (255 bytes at most).
    const names = Object.keys(new PizZip(Buffer.from(zip.contentBase64, 'base64')).files);
    const document = names.find((name) => name.includes('/documents/') && !name.endsWith('/')) ?? '';
    expect(document.endsWith('.png')).toBe(true);
    expect(Buffer.byteLength(document.split('/').pop() ?? '')).toBeLessThanOrEqual(255);
    // Made in memory (issue 27): nothing written, so nothing half-written, in the data folder.
    expect(readdirSync(join(opened.file, '..'))).not.toContain('exports');
  });

  it('answers 404 or 403 to request paths that climb out, never 500', async () => {
    const { dir, remove } = tempDir();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Paume</title>');
    const { startHttpServer } = await import('../../electron/server/http-server.js');
    const { createLogger } = await import('../../electron/lib/logger.js');
    const withRenderer = await startHttpServer({
      core: opened.core,
      logger: createLogger('silent'),
      host: '127.0.0.1',
      port: 0,
      version: 'test',
      rendererDir: dir,
    });
    const statusOf = (path: string) =>
      new Promise<number>((resolve, reject) => {
        request(`${withRenderer.url}${path}`, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    for (const path of [
      '/../../etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%5c..%5cpaume.sqlite',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const status = await statusOf(path);
      expect([200, 400, 403, 404], path).toContain(status);
    }
    await withRenderer.close();
    remove();
  });
});

describe('6. sessions', () => {
  const openStream = (cookie: string) =>
    new Promise<{ status: number; ended: Promise<void> }>((resolve, reject) => {
      request(`${server.url}/api/events`, { headers: { cookie } }, (response) => {
        const ended = new Promise<void>((done) => response.on('end', done).on('close', done));
        response.resume();
        resolve({ status: response.statusCode ?? 0, ended });
      })
        .on('error', reject)
        .end();
    });
  const cookieOf = async (login = FIRST_ADMIN.login, password = FIRST_ADMIN.password) => {
    const answer = await httpClient(server).post('auth.login', { login, password });
    return answer.setCookie?.split(';')[0] ?? '';
  };
  const asCookie = (cookie: string) => ({
    post: (method: string, body: unknown) => httpClient(server).post(method, body, { cookie }),
  });

  it('a password change ends the other sessions and their event streams, not the current one', async () => {
    const here = await cookieOf();
    const elsewhere = await cookieOf();
    const stream = await openStream(elsewhere);
    expect(stream.status).toBe(200);
    expect(
      (
        await asCookie(here).post('auth.changeOwnPassword', {
          currentPassword: FIRST_ADMIN.password,
          newPassword: 'un-nouveau-secret',
        })
      ).status,
    ).toBe(200);
    await stream.ended;
    expect((await asCookie(elsewhere).post('auth.me', {})).body.error?.code).toBe('UNAUTHENTICATED');
    expect((await asCookie(here).post('auth.me', {})).status).toBe(200);
  });

  it('an administrator’s reset ends every session of that account', async () => {
    const admin = await cookieOf();
    await asCookie(admin).post('users.create', {
      login: 'nathalie',
      displayName: 'Nathalie',
      password: 'secretariat-1',
      roles: ['secretary'],
      practitionerId: null,
    });
    const nathalie = await cookieOf('nathalie', 'secretariat-1');
    const users = (await asCookie(admin).post('users.list', {})).body.value as { id: number; login: string }[];
    const id = users.find((user) => user.login === 'nathalie')?.id;
    expect((await asCookie(admin).post('auth.resetPassword', { id, password: 'remis-a-zero-1' })).status).toBe(200);
    expect((await asCookie(nathalie).post('auth.me', {})).body.error?.code).toBe('UNAUTHENTICATED');
  });

  it('logout closes the stream; a locked session opens none', async () => {
    const cookie = await cookieOf();
    const stream = await openStream(cookie);
    await asCookie(cookie).post('auth.logout', {});
    await stream.ended;
    const locked = await cookieOf();
    await asCookie(locked).post('auth.lock', {});
    expect((await openStream(locked)).status).toBe(423);
  });

  it('creates the practice only from the host seat', async () => {
    const fresh = await openTempCore();
    const remote = caller(fresh.core, 'http 192.0.2.10', false);
    expect(await remote.call('setup.initialize', FIRST_ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(fresh.core.services.setup.status().needsSetup).toBe(true);
    expect(await caller(fresh.core).call('setup.initialize', FIRST_ADMIN)).toMatchObject({ ok: true });
    fresh.dispose();
  });
});

describe('7. one data folder, one Paume', () => {
  it('refuses a second server on the same folder, naming the process that holds it', async () => {
    const { openPaumeCore } = await import('../../electron/core/paume-core.js');
    const { dir, remove } = tempDir();
    const first = await openPaumeCore({
      databaseFile: join(dir, 'paume.sqlite'),
      logger: { error: () => undefined },
      exclusiveAs: 'paume serve',
    });
    await expect(
      openPaumeCore({
        databaseFile: join(dir, 'paume.sqlite'),
        logger: { error: () => undefined },
        exclusiveAs: 'fenêtre Paume',
      }),
    ).rejects.toThrow(new RegExp(`déjà utilisé par Paume \\(paume serve, processus ${process.pid}`));
    first.close();
    const second = await openPaumeCore({
      databaseFile: join(dir, 'paume.sqlite'),
      logger: { error: () => undefined },
      exclusiveAs: 'fenêtre Paume',
    });
    second.close();
    // A lock left by a process that died is taken over.
    writeFileSync(
      join(dir, 'paume.lock'),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: (await import('node:os')).hostname(),
        what: 'paume serve',
        since: '',
      }),
    );
    const third = await openPaumeCore({
      databaseFile: join(dir, 'paume.sqlite'),
      logger: { error: () => undefined },
      exclusiveAs: 'paume serve',
    });
    third.close();
    remove();
  });
});

describe('4b. a model sent from another seat', () => {
  const send = (body: Buffer, cookie: string | null, fileName = 'ggml-small.bin') =>
    fetch(`${server.url}/api/upload/model?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(cookie ? { cookie } : {}) },
      body: new Uint8Array(body),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as {
        ok: boolean;
        value?: { model: string };
        error?: { code: string; message: string };
      },
    }));

  it('is streamed to disk, checked like a path, and installed; refused to strangers and junk', async () => {
    const admin = await httpClient(server).post('auth.login', {
      login: FIRST_ADMIN.login,
      password: FIRST_ADMIN.password,
    });
    const cookie = admin.setCookie?.split(';')[0] ?? '';
    const { readFileSync } = await import('node:fs');
    const model = readFileSync(sharedPath('models', 'for-tests-ggml-tiny.bin'));
    expect((await send(model, null)).status).toBe(401);
    const junk = Buffer.alloc(600_000, 3);
    junk.writeUInt32LE(0x67676d6c, 0);
    expect(await send(junk, cookie)).toMatchObject({
      status: 400,
      body: { ok: false, error: { message: expect.stringMatching(/ne peut pas servir de modèle/) } },
    });
    expect(await send(model, cookie)).toMatchObject({
      status: 200,
      body: { ok: true, value: { model: 'importe-ggml-small.bin' } },
    });
    const uploads = join(opened.file, '..', 'models', 'envois');
    expect(readdirSync(uploads)).toEqual([]);
    // The model sent is the one dictation now uses, for the person who sent it (issue 21: the
    // former line only checked that an answer existed, which is always true).
    const status = await fetch(`${server.url}/api/dictation.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    }).then((response) => response.json());
    expect(status).toMatchObject({ ok: true, value: { model: 'importe-ggml-small.bin' } });
  }, 60_000);
});
