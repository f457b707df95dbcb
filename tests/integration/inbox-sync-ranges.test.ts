import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startDovecot } from '../helpers/dovecot.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';
import { until } from '../helpers/until.js';

/**
 * The first sync in ranges (issue 25 item 4), against a real Dovecot: the messages come by a few
 * FETCH commands, not one each; a large message is still streamed whole; every message is taken
 * once, and the place saved is the last UID.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A relay that counts the FETCH commands the client sends. */
async function countingRelay(target: number) {
  const port = await freePort();
  const sockets = new Set<Socket>();
  const counted = { fetches: 0 };
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('data', (chunk: Buffer) => {
      counted.fetches += chunk.toString('latin1').match(/ UID FETCH /g)?.length ?? 0;
    });
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    counted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('first sync in ranges', () => {
  it('takes 160 messages and a 3 MB one with a handful of FETCH commands, each once, the place at the last UID', async () => {
    const dovecot = await startDovecot();
    cleanups.push(() => dovecot.stop());
    const small = Array.from(
      { length: 160 },
      (_, index) =>
        `From: patient${index}@example.fr\r\nSubject: Rendez-vous ${index}\r\nMessage-ID: <plage-${index}@example.fr>\r\n\r\nBonjour, je voudrais un rendez-vous pour mon pouce (${index}).\r\n`,
    );
    const scan = Buffer.alloc(3 * 1_048_576, 5)
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const large = `From: radio@example.fr\r\nSubject: Scanner\r\nMessage-ID: <gros@example.fr>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nLe scanner.\r\n--b\r\nContent-Type: application/pdf; name=scanner.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${scan}\r\n--b--\r\n`;
    await dovecot.deliverMany([...small.slice(0, 80), large, ...small.slice(80)]);
    const relay = await countingRelay(dovecot.port);
    cleanups.push(() => relay.close());

    const opened = await openTempCore();
    const admin = caller(opened.core);
    expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
    const saved = await admin.call('inbox.saveAccount', dovecot.accountInput(9, { imapPort: relay.port }));
    if (!saved.ok) throw new Error(saved.error.message);
    const accountId = (saved.value as { id: number }).id;
    cleanups.push(async () => {
      await opened.core.services.inbox.sync.stopAll();
      opened.dispose();
    });
    const db = opened.core.db;
    const count = () => (db.prepare('SELECT count(*) AS n FROM mail_messages').get() as { n: number }).n;
    opened.core.services.inbox.sync.startAll();
    await until(
      () => opened.core.services.inbox.sync.status(accountId).state,
      (state) => state === 'connected',
      30_000,
      20,
    );
    expect(count()).toBe(161);
    expect((db.prepare('SELECT count(DISTINCT raw_sha256) AS n FROM mail_messages').get() as { n: number }).n).toBe(
      161,
    );
    const place = db.prepare('SELECT last_uid FROM mail_sync_state WHERE account_id = ?').get(accountId) as {
      last_uid: number;
    };
    expect(place.last_uid).toBe(161);
    // One FETCH lists UIDs and sizes, four bring 160 small ones (50 a range), a few stream the large one.
    expect(relay.counted.fetches).toBeGreaterThanOrEqual(5);
    expect(relay.counted.fetches).toBeLessThanOrEqual(12);
    const scanner = db
      .prepare(
        "SELECT a.size FROM mail_attachments a JOIN mail_messages m ON m.id = a.message_id WHERE a.file_name = 'scanner.pdf'",
      )
      .get() as { size: number };
    expect(scanner.size).toBe(3 * 1_048_576);
  }, 60_000);
});
