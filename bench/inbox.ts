// Inbox (issue 11): queue listing and opening at 100,000 stored messages (triage accuracy and
// throughput are in bench/triage.ts, issue 23),
// and a first sync from a real Dovecot with attachments (one of 25 MB), with peak RSS and the
// delay between delivery and the message in the queue (IDLE).
// PAUME_BENCH_INBOX_SYNC=10000 sets the size of the sync (default 2,000); 0 skips it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ImapFlow } from 'imapflow';
import { startDovecot, type Dovecot } from '../tests/helpers/dovecot.js';
import { labelsOf } from '../tests/helpers/labelled-mail.js';
import { sharedPath } from '../tests/helpers/shared.js';
import { caller } from '../tests/helpers/temp-core.js';
import { openBenchCore } from './bench-core.js';
import { ms, percentile, time } from './stats.js';

const devDir = sharedPath('mail', 'dev');
const labels = labelsOf('dev');

// 1. Queue and opening at 100,000 stored messages.
const { core, actor, dispose } = await openBenchCore('inbox');
const STORED = Number(process.env.PAUME_BENCH_INBOX_STORED ?? 100_000);
const raws = [...labels.keys()].map((file) => readFileSync(join(devDir, file)));
const fill = performance.now();
// The labelled messages go through the whole intake once; the rest are copies of their rows
// (SQL), so the bench measures the queue, not the time to fill it.
for (const raw of raws) await core.services.inbox.takeRaw(raw, 'bench');
// Opening marks a message « à traiter »: the bench reads the messages as they are, without opening them first.
const COLUMNS =
  'account_id, folder, direction, message_id, in_reply_to, references_json, thread_id, from_name, from_address, to_text, subject, sent_at, received_at, body_text, body_html, problems_json, category, category_rank, suggested_category, reasons_json, deciding_rules_json, due_at, candidates_json';
const copy = core.db.prepare(
  `INSERT INTO mail_messages (raw_sha256, state, ${COLUMNS}) SELECT raw_sha256 || ':' || @n, CASE WHEN @n % 10 = 0 THEN 'nouveau' ELSE 'traite' END, ${COLUMNS} FROM mail_messages WHERE id = @source`,
);
core.db.transaction(() => {
  for (let n = raws.length; n < STORED; n += 1) copy.run({ n, source: 1 + (n % raws.length) });
})();
console.log(
  `Boîte de ${STORED.toLocaleString('fr-FR')} messages remplie en ${((performance.now() - fill) / 1000).toFixed(0)} s`,
);
const listing = time(200, () => core.services.inbox.queue({ view: 'a-traiter', mine: false, limit: 100 }, actor));
console.log(
  `File « À traiter » (100 premiers et les compteurs, ${(STORED / 10).toLocaleString('fr-FR')} ouverts) : p50 ${ms(percentile(listing, 50))}, p95 ${ms(percentile(listing, 95))}`,
);
const opening = time(500, (run) => core.services.inbox.open(1 + ((run * 197) % STORED), actor));
console.log(`Ouvrir un message : p50 ${ms(percentile(opening, 50))}, p95 ${ms(percentile(opening, 95))}`);
dispose();

// 2. First sync from Dovecot, and IDLE delay.
const SYNC = Number(process.env.PAUME_BENCH_INBOX_SYNC ?? 2_000);
if (SYNC > 0) {
  const dovecot = await startDovecot();
  const photo = readFileSync(join(devDir, '006.eml'), 'latin1');
  const big = Buffer.alloc(25 * 1_048_576, 7)
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  const deliverStart = performance.now();
  const set: (string | Buffer)[] = [
    `From: gros@example.fr\r\nSubject: Pièce jointe de 25 Mo\r\nMessage-ID: <gros@example.fr>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nVoici le scanner.\r\n--b\r\nContent-Type: application/pdf; name=scanner.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${big}\r\n--b--\r\n`,
  ];
  for (let index = 1; index < SYNC; index += 1)
    set.push(
      index % 10 === 0
        ? photo.replace('Message-ID: <', `Message-ID: <${index}-`)
        : Buffer.concat([Buffer.from(`X-Bench: ${index}\r\n`), raws[index % raws.length] as Buffer]),
    );
  await dovecot.deliverMany(set);
  console.log(
    `(${SYNC.toLocaleString('fr-FR')} messages déposés dans Dovecot en ${((performance.now() - deliverStart) / 1000).toFixed(0)} s)`,
  );
  const { core: syncCore, dispose: disposeSync } = await openBenchCore('inbox-sync');
  let peakRss = process.memoryUsage().rss;
  const rssBefore = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const count = () => (syncCore.db.prepare('SELECT count(*) AS n FROM mail_messages').get() as { n: number }).n;
  const bench = caller(syncCore);
  const logged = await bench.call('auth.login', { login: 'bench', password: 'bench-password' });
  if (!logged.ok) throw new Error(logged.error.message);
  const saved = await bench.call('inbox.saveAccount', {
    label: 'Banc',
    address: dovecot.user,
    imapHost: '127.0.0.1',
    imapPort: dovecot.port,
    imapSecurity: 'none',
    smtpHost: '127.0.0.1',
    smtpPort: 25,
    smtpSecurity: 'none',
    login: dovecot.user,
    password: dovecot.password,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  // The anchor: imapflow alone fetching the whole mailbox, every message's bytes, in one FETCH.
  const rawFetch = await rawFetchSeconds(dovecot);
  const syncStart = performance.now();
  const cpuBefore = process.cpuUsage();
  syncCore.services.inbox.sync.startAll();
  // The queue while the sync runs, as a person opening it would wait: from the moment the request
  // is due (a timer) to its answer, so a batch stored on the same thread counts in the wait.
  const queueWaits: number[] = [];
  while (count() < SYNC) {
    const due = performance.now() + 40;
    await new Promise((resolve) => setTimeout(resolve, 40));
    await bench.call('inbox.queue', { view: 'a-traiter' });
    queueWaits.push(performance.now() - due);
  }
  const syncSeconds = (performance.now() - syncStart) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  console.log(
    `Première relève de ${SYNC.toLocaleString('fr-FR')} messages (${Math.floor(SYNC / 10).toLocaleString('fr-FR')} avec photo, un de 25 Mo) : ${syncSeconds.toFixed(1)} s (${Math.round(SYNC / syncSeconds)} messages/s) ; imapflow seul, même boîte : ${rawFetch.toFixed(1)} s → ${(syncSeconds / rawFetch).toFixed(1)} × (cible ≤ 30 s et ≤ 10 ×)`,
  );
  console.log(
    `  mémoire (RSS, le fil de relève compris) ${Math.round(rssBefore / 1_048_576)} Mo avant, pic ${Math.round(peakRss / 1_048_576)} Mo ; « inbox.queue » pendant la relève : p50 ${ms(percentile(queueWaits, 50))}, p95 ${ms(percentile(queueWaits, 95))} (${queueWaits.length} demandes) ; processeur de Paume (deux fils) ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s pour ${syncSeconds.toFixed(1)} s, Dovecot sur les mêmes 2 cœurs`,
  );
  // Memory still held once the sync is over: what a forced collection cannot free is kept for good.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    console.log(
      `  après la relève et un ramasse-miettes : RSS ${Math.round(process.memoryUsage().rss / 1_048_576)} Mo`,
    );
  }
  const delays: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const before = count();
    const delivered = performance.now();
    await dovecot.deliver(`From: idle@example.fr\r\nSubject: IDLE ${run}\r\n\r\nNouveau message ${run}.\r\n`);
    while (count() === before) await new Promise((resolve) => setTimeout(resolve, 10));
    delays.push(performance.now() - delivered);
  }
  console.log(
    `Nouveau message visible après dépôt (IDLE) : p50 ${ms(percentile(delays, 50))}, max ${ms(Math.max(...delays))}`,
  );
  await syncCore.services.inbox.sync.stopAll();
  disposeSync();
  await dovecot.stop();
}

/** imapflow alone: every message of the mailbox fetched whole, nothing parsed or stored. */
async function rawFetchSeconds(dovecot: Dovecot): Promise<number> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: dovecot.port,
    secure: false,
    auth: { user: dovecot.user, pass: dovecot.password },
    logger: false,
  });
  await client.connect();
  const started = performance.now();
  const lock = await client.getMailboxLock('INBOX', { readOnly: true });
  let bytes = 0;
  try {
    for await (const message of client.fetch('1:*', { uid: true, source: true }, { uid: true }))
      bytes += message.source?.length ?? 0;
  } finally {
    lock.release();
  }
  const seconds = (performance.now() - started) / 1000;
  await client.logout();
  if (bytes === 0) throw new Error('imapflow : boîte vide');
  return seconds;
}
