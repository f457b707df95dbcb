import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { freePort, startDovecot, type Dovecot } from '../helpers/dovecot.js';
import { sharedPath } from '../helpers/shared.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';
import { until } from '../helpers/until.js';

/**
 * The sync when things go wrong (issue 11): the server dies in the middle of a first sync and
 * comes back (it resumes where it stopped, nothing doubled); an MSSanté-style server that demands
 * a TLS client certificate (certificates made here with openssl).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A TCP relay in front of Dovecot: cutting it is the server going away in the middle of a
 * transfer (every connection dropped at once, nothing accepted), restoring it brings it back.
 */
async function relayTo(target: number) {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(target, '127.0.0.1');
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => undefined);
          socket.on('close', () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', resolve);
    });
  await listen();
  return {
    port,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (server) server.close(() => resolve());
        else resolve();
      }),
    restore: listen,
  };
}

async function coreWithAccount(dovecot: Dovecot, extra: Record<string, unknown> = {}) {
  const opened = await openTempCore();
  const admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  const saved = await admin.call('inbox.saveAccount', dovecot.accountInput(9, { ...extra }));
  if (!saved.ok) throw new Error(saved.error.message);
  cleanups.push(async () => {
    await opened.core.services.inbox.sync.stopAll();
    opened.dispose();
  });
  return { opened, admin, accountId: (saved.value as { id: number }).id };
}

describe('sync failures', () => {
  it('resumes a first sync cut by the server going down, without doubles', async () => {
    const dovecot = await startDovecot();
    cleanups.push(() => dovecot.stop());
    const dev = readdirSync(sharedPath('mail', 'dev')).filter((name) => name.endsWith('.eml'));
    const padding = Buffer.alloc(128 * 1024, 0x41)
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const raws = Array.from({ length: 250 }, (_, index) =>
      [
        `From: patient${index}@example.fr\r\nSubject: Copie ${index} ${dev[index % dev.length] ?? ''}\r\nMessage-ID: <copie-${index}@example.fr>`,
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nJe me suis coupé le doigt.',
        `--b\r\nContent-Type: application/pdf; name="cr${index}.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${padding}\r\n--b--\r\n`,
      ].join('\r\n'),
    );
    await dovecot.deliverMany(raws);
    const relay = await relayTo(dovecot.port);
    cleanups.push(() => relay.cut());
    const { opened, accountId } = await coreWithAccount(dovecot, { imapPort: relay.port });
    const count = () => (opened.core.db.prepare('SELECT count(*) AS n FROM mail_messages').get() as { n: number }).n;
    opened.core.services.inbox.sync.startAll();
    const atKill = await until(count, (n) => n >= 10, 20_000, 5);
    await relay.cut();
    const status = await until(
      () => opened.core.services.inbox.sync.status(accountId),
      (value) => value.state === 'offline',
      20_000,
      5,
    );
    expect(status.message).toMatch(/127\.0\.0\.1/);
    expect(status.since).not.toBeNull();
    const stopped = count();
    expect(stopped).toBeGreaterThanOrEqual(atKill);
    expect(stopped).toBeLessThan(250);
    await relay.restore();
    opened.core.services.inbox.sync.syncNow(accountId);
    await until(count, (n) => n >= 250, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(count()).toBe(250);
    const distinct = opened.core.db.prepare('SELECT count(DISTINCT raw_sha256) AS n FROM mail_messages').get() as {
      n: number;
    };
    expect(distinct.n).toBe(250);
  }, 60_000);

  it('connects to a server that demands a TLS client certificate (PKCS#12), and says when one is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paume-certs-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=Test MSSante CA',
    );
    writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
    ssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
      '-subj',
      '/CN=127.0.0.1',
    );
    ssl(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    );
    ssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'client.key',
      '-out',
      'client.csr',
      '-subj',
      '/CN=secretariat.sosmain',
    );
    ssl(
      'x509',
      '-req',
      '-in',
      'client.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'client.pem',
      '-days',
      '2',
    );
    ssl(
      'pkcs12',
      '-export',
      '-inkey',
      'client.key',
      '-in',
      'client.pem',
      '-out',
      'client.p12',
      '-passout',
      'pass:phrase-secrete',
    );
    const dovecot = await startDovecot({
      tls: { cert: join(dir, 'server.pem'), key: join(dir, 'server.key'), clientCa: join(dir, 'ca.pem') },
    });
    cleanups.push(() => dovecot.stop());
    const serverCaPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
    const withCertificate = await coreWithAccount(dovecot, {
      imapSecurity: 'tls',
      serverCaPem,
      clientCertificate: readFileSync(join(dir, 'client.p12')).toString('base64'),
      clientPassphrase: 'phrase-secrete',
    });
    const sealed = withCertificate.opened.core.db
      .prepare('SELECT client_cert_sealed, client_pass_sealed FROM mail_accounts')
      .get() as Record<string, string>;
    expect(sealed.client_pass_sealed).not.toContain('phrase-secrete');
    const good = await withCertificate.admin.call('inbox.testAccount', { id: withCertificate.accountId });
    if (!good.ok) throw new Error(good.error.message);
    const goodSteps = (good.value as { steps: { step: string; ok: boolean; message: string }[] }).steps;
    expect(
      goodSteps.find((step) => step.step === 'IMAP'),
      JSON.stringify(goodSteps),
    ).toMatchObject({ ok: true });
    expect(goodSteps.filter((step) => step.step.startsWith('Dossier')).every((step) => step.ok)).toBe(true);

    const without = await coreWithAccount(dovecot, { imapSecurity: 'tls', serverCaPem });
    const bad = await without.admin.call('inbox.testAccount', { id: without.accountId });
    if (!bad.ok) throw new Error(bad.error.message);
    const imap = (bad.value as { steps: { step: string; ok: boolean; message: string }[] }).steps.find(
      (step) => step.step === 'IMAP',
    );
    expect(imap?.ok).toBe(false);
    expect(imap?.message).toMatch(/refusé|TLS|coupé/);

    const untrusted = await coreWithAccount(dovecot, { imapSecurity: 'tls' });
    const refused = await untrusted.admin.call('inbox.testAccount', { id: untrusted.accountId });
    if (!refused.ok) throw new Error(refused.error.message);
    const step = (refused.value as { steps: { step: string; message: string }[] }).steps.find(
      (entry) => entry.step === 'IMAP',
    );
    expect(step?.message).toMatch(/TLS/);
  }, 60_000);
});
