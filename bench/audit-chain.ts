// The audit log as a hash chain (issue 14): what sealing costs each entry written, and how long
// `audit.verify` takes to walk 1,000,000 entries (PAUME_BENCH_AUDIT_ENTRIES to change it), timed
// in the service on a real SQLite file. The entries go through the same append as the app's.
import { openBenchCore } from './bench-core.js';
import { ms, percentile, time } from './stats.js';

const ENTRIES = Number(process.env.PAUME_BENCH_AUDIT_ENTRIES ?? 1_000_000);

const { core, actor, dispose } = await openBenchCore('audit');
try {
  const { audit } = core.services;
  const write = (run: number) =>
    audit.record({
      userId: actor.userId,
      seat: actor.seat,
      action: 'patients.read',
      outcome: 'ok',
      detail: `lecture n° ${run}`,
      patientId: null,
    });
  // Written in transactions of 10,000 (as a busy year would have them, only faster), reported as they go.
  const batch = core.db.transaction((from: number) => {
    for (let run = from; run < Math.min(ENTRIES, from + 10_000); run += 1) write(run);
  });
  const started = performance.now();
  for (let from = 0; from < ENTRIES; from += 10_000) {
    batch(from);
    if ((from / 10_000) % 20 === 0)
      process.stderr.write(`\r  journal : ${from.toLocaleString('fr-FR')} entrées écrites`);
  }
  process.stderr.write('\n');
  const writing = performance.now() - started;
  const single = time(2_000, (run) => write(ENTRIES + run));
  const report = audit.verifyChain();
  if (report.firstBroken) throw new Error(`chaîne rompue : ${JSON.stringify(report.firstBroken)}`);
  console.log(`Journal chaîné, ${report.entries.toLocaleString('fr-FR')} entrées :`);
  console.log(
    `  écriture en lots : ${(writing / 1000).toFixed(1)} s (${Math.round(ENTRIES / (writing / 1000)).toLocaleString('fr-FR')} entrées/s)`,
  );
  console.log(
    `  une entrée seule (sa propre transaction) p50 ${ms(percentile(single, 50))}, p95 ${ms(percentile(single, 95))}`,
  );
  console.log(`  audit.verify (toute la chaîne) : ${(report.milliseconds / 1000).toFixed(2)} s`);
} finally {
  dispose();
}
