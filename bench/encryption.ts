// Encryption at rest (issue 14): what SQLCipher costs. The same generated practice of 100,000
// patients (PAUME_BENCH_ENCRYPTION_PATIENTS) is opened twice, in clear and encrypted (in place,
// as a data folder from before would be), and the same searches and file openings run on both.
// Prints p50 and p95 for each and the ratio (the target: under 1.5× the clear figure),
// and how long the in-place encryption took. Also the sealed documents: write and read 20 KB.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPaumeCore, type PaumeCore } from '../electron/core/paume-core.js';
import { databaseFileIn } from '../electron/lib/data-dir.js';
import { fileVault } from '../electron/lib/file-vault.js';
import { generatedPractice } from './generate-patients.js';
import { ms, percentile, time } from './stats.js';

const PATIENTS = Number(process.env.PAUME_BENCH_ENCRYPTION_PATIENTS ?? 100_000);
const DIR = join(process.env.PAUME_BENCH_DIR ?? '/tmp/paume-bench', 'clair');
const QUERIES = ['m', 'lef', 'gué', 'lefèvre', 'saint-martin jean', 'martin zzz', '12/03/1961', '06 12 34'];
const actor = { userId: 1, seat: 'banc' };

async function practice(dataDir: string, clear: boolean): Promise<{ core: PaumeCore; openedIn: number }> {
  const started = performance.now();
  const core = await openPaumeCore({
    databaseFile: databaseFileIn(dataDir),
    logger: { error: () => undefined },
    clearForBenchmarks: clear,
  });
  const openedIn = performance.now() - started;
  if (core.services.setup.status().needsSetup)
    await core.services.setup.initialize({
      practiceName: 'Banc',
      login: 'banc',
      displayName: 'Banc',
      password: 'banc-mot-de-passe',
      alsoSurgeon: true,
    });
  return { core, openedIn };
}

function measure(core: PaumeCore): { search: number[]; open: number[] } {
  for (const query of QUERIES) core.services.patients.search(query, 20); // warm the cache
  const search = time(QUERIES.length * 60, (run) =>
    core.services.patients.search(QUERIES[run % QUERIES.length] ?? 'm', 20),
  );
  const ids = Array.from({ length: 600 }, (_, index) => 1 + ((index * 7919) % PATIENTS));
  const open = time(ids.length, (run) => core.services.patientFiles.open(ids[run] ?? 1, actor));
  return { search, open };
}

const work = mkdtempSync(join(tmpdir(), 'paume-bench-chiffrement-'));
try {
  const generated = await generatedPractice(DIR, PATIENTS);
  const clearDir = join(work, 'clair');
  const encryptedDir = join(work, 'chiffre');
  for (const dir of [clearDir, encryptedDir]) {
    mkdirSync(dir);
    copyFileSync(generated, databaseFileIn(dir));
  }
  const clear = await practice(clearDir, true);
  const encrypted = await practice(encryptedDir, false);
  const plain = measure(clear.core);
  const sealed = measure(encrypted.core);
  clear.core.close();
  encrypted.core.close();

  const row = (label: string, a: number[], b: number[]) => {
    const ratio = percentile(b, 95) / percentile(a, 95);
    return `    ${label.padEnd(26)} clair p50 ${ms(percentile(a, 50))} p95 ${ms(percentile(a, 95))} · chiffré p50 ${ms(percentile(b, 50))} p95 ${ms(percentile(b, 95))} · ×${ratio.toFixed(2)} ${ratio < 1.5 ? '(< 1,5 : objectif tenu)' : '(objectif 1,5 DÉPASSÉ)'}`;
  };
  console.log(`\nChiffrement au repos (SQLCipher), ${PATIENTS.toLocaleString('fr-FR')} patients :`);
  console.log(row('recherche (20 résultats)', plain.search, sealed.search));
  console.log(row('ouverture du dossier', plain.open, sealed.open));
  console.log(
    `    chiffrement sur place de la base claire à l’ouverture : ${(encrypted.openedIn / 1000).toFixed(1)} s (ouverture en clair : ${(clear.openedIn / 1000).toFixed(2)} s)`,
  );

  const vault = fileVault(randomBytes(32));
  const document = randomBytes(20 * 1024);
  const sealedDocument = vault.seal(document);
  const file = join(work, 'document');
  writeFileSync(file, sealedDocument);
  const seal = time(2000, () => vault.seal(document));
  const open = time(2000, () => vault.openFile(file));
  console.log(
    `    document de 20 Ko : scellé p95 ${ms(percentile(seal, 95))}, lu et vérifié p95 ${ms(percentile(open, 95))}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
