// Nothing lost on a crash (issue 14): the built `paume serve` takes patients over HTTP and is
// killed with SIGKILL at a random moment, PAUME_BENCH_CRASH_RUNS times (default 10); each restart
// counts the acknowledged writes that are missing (must be 0) and runs SQLite's integrity check.
// Needs `npm run build` first (the bench runner builds).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashRun } from '../tests/helpers/crash-runs.js';

const RUNS = Number(process.env.PAUME_BENCH_CRASH_RUNS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'paume-bench-crash-'));
try {
  let acknowledged = 0;
  let lost = 0;
  const integrity = new Set<string>();
  for (let run = 0; run < RUNS; run += 1) {
    const killAfterMs = 200 + Math.floor(Math.random() * 1_800);
    const result = await crashRun(dir, { writes: 100_000, killAfterMs, firstStart: run === 0 });
    acknowledged += result.acknowledged;
    lost += result.lost;
    integrity.add(result.integrity);
    process.stderr.write(
      `  run ${run + 1}/${RUNS} : tué après ${killAfterMs} ms, ${result.acknowledged} écritures confirmées, ${result.lost} perdues, intégrité ${result.integrity}\n`,
    );
  }
  console.log(`kill -9, ${RUNS} arrêts brutaux pendant des écritures HTTP :`);
  console.log(`  écritures confirmées : ${acknowledged.toLocaleString('fr-FR')}, perdues : ${lost}`);
  console.log(`  integrity_check après chaque redémarrage : ${[...integrity].join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
