// Backups that restore (issue 14): a practice of 100,000 patients (PAUME_BENCH_BACKUP_PATIENTS)
// with 10,000 documents of 20 KB (PAUME_BENCH_BACKUP_DOCUMENTS) is backed up (copy, checks,
// encryption, read-back check, documents), backed up again (documents already there), then
// restored into another data folder. Prints each time and the sizes.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPaumeCore } from '../electron/core/paume-core.js';
import { databaseFileIn } from '../electron/lib/data-dir.js';
import { restoreBackup } from '../electron/services/backups/restore.js';
import { generatedPractice } from './generate-patients.js';

const PATIENTS = Number(process.env.PAUME_BENCH_BACKUP_PATIENTS ?? 100_000);
const DOCUMENTS = Number(process.env.PAUME_BENCH_BACKUP_DOCUMENTS ?? 10_000);
const DIR = process.env.PAUME_BENCH_DIR ?? '/tmp/paume-bench';
const PASSPHRASE = 'phrase du banc d’essai';

const work = mkdtempSync(join(tmpdir(), 'paume-bench-backups-'));
try {
  const generated = await generatedPractice(DIR, PATIENTS);
  const dataDir = join(work, 'donnees');
  mkdirSync(dataDir);
  copyFileSync(generated, databaseFileIn(dataDir));
  for (let index = 0; index < DOCUMENTS; index += 1) {
    const content = randomBytes(20 * 1024);
    const sha256 = createHash('sha256').update(content).digest('hex');
    mkdirSync(join(dataDir, 'documents', sha256.slice(0, 2)), { recursive: true });
    writeFileSync(join(dataDir, 'documents', sha256.slice(0, 2), sha256), content);
  }
  const core = await openPaumeCore({ databaseFile: databaseFileIn(dataDir), logger: { error: () => undefined } });
  const folder = join(work, 'cle-usb');
  core.services.backups.saveSettings({ folder, passphrase: PASSPHRASE, enabled: false });
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const value = await work();
    return { value, seconds: (performance.now() - started) / 1000 };
  };
  // Where the time of one backup goes (issue 22 item 17): the time from each step's first
  // progress event to the next step's, from the events Cabinet's progress bar shows.
  const stepTimes = () => {
    const marks: { step: string; at: number }[] = [{ step: 'début (phrase, tête du journal)', at: performance.now() }];
    const unsubscribe = core.events.subscribe((name, payload) => {
      const { step } = payload as { step: string };
      if (name === 'backups.progress' && marks.at(-1)?.step !== step) marks.push({ step, at: performance.now() });
    });
    return () => {
      unsubscribe();
      return marks
        .slice(0, -1)
        .map((mark, index) => `${mark.step} ${(((marks[index + 1]?.at ?? mark.at) - mark.at) / 1000).toFixed(2)} s`)
        .join(' ; ');
    };
  };
  const firstSteps = stepTimes();
  const first = await timed(() => core.services.backups.runNow('banc'));
  const firstStepsSaid = firstSteps();
  const secondSteps = stepTimes();
  const second = await timed(() => core.services.backups.runNow('banc'));
  const secondStepsSaid = secondSteps();
  core.close();
  const restored = join(work, 'restauree');
  const restore = await timed(() =>
    restoreBackup({
      file: second.value.file,
      dataDir: restored,
      passphrase: PASSPHRASE,
      dryRun: false,
      say: () => undefined,
      targetKey: () => randomBytes(32),
    }),
  );
  const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} Mo`;
  console.log(
    `Sauvegarde et restauration, ${PATIENTS.toLocaleString('fr-FR')} patients, ${DOCUMENTS.toLocaleString('fr-FR')} documents de 20 Ko :`,
  );
  console.log(
    `  base : ${megabytes(statSync(databaseFileIn(dataDir)).size)}, sauvegarde chiffrée : ${megabytes(first.value.size)}`,
  );
  console.log(`  première sauvegarde (base + tous les documents, vérifiée) : ${first.seconds.toFixed(1)} s`);
  console.log(`    par étape : ${firstStepsSaid}`);
  console.log(`  suivante (base seule, documents déjà copiés) : ${second.seconds.toFixed(1)} s`);
  console.log(`    par étape : ${secondStepsSaid}`);
  console.log(
    `  restauration dans un autre dossier (base + ${restore.value.documentsRestored} documents) : ${restore.seconds.toFixed(1)} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
