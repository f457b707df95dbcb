// Generates a patient database of a given size through the real stores (tokens and all):
// realistic French names with accents, hyphens and shared surnames, 3 visits per patient.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openMigratedDatabase } from '../db/open-migrated.js';
import { fakePatient, pick, seededRandom, DIAGNOSES } from '../electron/cli/demo/french-people.js';
import { createPatientsStore } from '../electron/services/patients/store.js';
import { createVisitsStore } from '../electron/services/visits/store.js';

export interface GenerationReport {
  patients: number;
  visits: number;
  seconds: number;
  rowsPerSecond: number;
  bytes: number;
}

const BATCH = 20_000;

export async function generatePatients(
  file: string,
  patients: number,
  visitsPerPatient: number,
  onProgress: (done: number) => void,
): Promise<GenerationReport | null> {
  if (existsSync(file)) return null;
  // Generated in clear, once: opening it in Paume encrypts it in place (issue 14), and the
  // encryption bench compares this clear file with its encrypted copy.
  const { db } = await openMigratedDatabase(file, null);
  // Bench data only: no fsync per batch. The app itself always runs with synchronous=FULL.
  db.pragma('synchronous = OFF');
  const patientsStore = createPatientsStore(db);
  const visitsStore = createVisitsStore(db);
  const random = seededRandom(42);
  const today = '2026-11-24';
  const usedNirs = new Set<string>();
  const started = performance.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const fields = fakePatient(random, today);
      const nirBody = fields.nir.slice(0, 13);
      if (fields.nir && usedNirs.has(nirBody)) fields.nir = '';
      else if (fields.nir) usedNirs.add(nirBody);
      const id = patientsStore.insert(fields, today);
      for (let visit = 0; visit < visitsPerPatient; visit += 1) {
        const date = `${2010 + Math.floor(random() * 16)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        visitsStore.insert(
          id,
          {
            date,
            practitionerId: null,
            kind: 'emergency',
            notes: 'Plaie linéaire, pas de déficit sensitif ni moteur.',
            diagnosis: pick(random, DIAGNOSES),
            side: 'right',
            digits: ['D2'],
          },
          null,
          today,
        );
      }
    }
  });
  for (let from = 0; from < patients; from += BATCH) {
    batch(from, Math.min(patients, from + BATCH));
    onProgress(Math.min(patients, from + BATCH));
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const seconds = (performance.now() - started) / 1000;
  const rows = patients * (1 + visitsPerPatient);
  return {
    patients,
    visits: patients * visitsPerPatient,
    seconds,
    rowsPerSecond: rows / seconds,
    bytes: statSync(file).size,
  };
}

/**
 * The clear database of `patients` patients kept in `dir` (generated the first time, with its
 * progress on stderr, then reused): the backup and encryption benches copy it into their folders.
 */
export async function generatedPractice(dir: string, patients: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `patients-${patients}.sqlite`);
  await generatePatients(file, patients, 3, (done) => process.stderr.write(`\r  génération : ${done}/${patients}`));
  process.stderr.write('\n');
  return file;
}
