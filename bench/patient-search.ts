// Patient file at scale (issue 3): search as you type and opening a file, in the service and
// over HTTP, on generated databases of 10,000, 100,000 and 1,000,000 patients.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../electron/lib/logger.js';
import { openPaumeCore, type PaumeCore } from '../electron/core/paume-core.js';
import { startHttpServer } from '../electron/server/http-server.js';
import { generatePatients } from './generate-patients.js';
import { ms, percentile, time } from './stats.js';

const DIR = process.env.PAUME_BENCH_DIR ?? '/tmp/paume-bench';
const SIZES = (process.env.PAUME_BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);

const QUERIES: [string, string][] = [
  ['1 lettre', 'm'],
  ['2 lettres', 'le'],
  ['3 lettres', 'lef'],
  ['4 lettres', 'gué'],
  ['nom complet', 'lefèvre'],
  ['nom + prénom', 'saint-martin jean'],
  ['nom + prénom rare', 'martin bérénice'],
  ['pire cas, sans résultat', 'martin zzz'],
  ['date de naissance', '12/03/1961'],
  ['téléphone', '06 12 34'],
];

const line = (label: string, samples: number[]) =>
  `    ${label.padEnd(36)} médiane ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}`;

async function openCore(file: string): Promise<{ core: PaumeCore; actor: { userId: number; seat: string } }> {
  const core = await openPaumeCore({ databaseFile: file, logger: { error: () => undefined } });
  if (core.services.setup.status().needsSetup) {
    await core.services.setup.initialize({
      practiceName: 'Banc',
      login: 'bench',
      displayName: 'Bench',
      password: 'bench-password',
      alsoSurgeon: true,
    });
  }
  return { core, actor: { userId: 1, seat: 'bench' } };
}

async function benchSize(size: number, full: boolean): Promise<void> {
  const file = join(DIR, `patients-${size}.sqlite`);
  const report = await generatePatients(file, size, 3, (done) =>
    process.stderr.write(`\r  génération ${size} : ${done}/${size}`),
  );
  process.stderr.write('\n');
  console.log(`\n${size.toLocaleString('fr-FR')} patients, ${(size * 3).toLocaleString('fr-FR')} consultations`);
  if (report)
    console.log(
      `  générateur : ${report.seconds.toFixed(1)} s, ${Math.round(report.rowsPerSecond).toLocaleString('fr-FR')} lignes/s (patients + consultations)`,
    );
  console.log(`  taille sur disque : ${(statSync(file).size / 1024 / 1024).toFixed(0)} Mo`);

  const { core, actor } = await openCore(file);
  console.log('  recherche (service patients.search, 20 résultats, 300 appels) :');
  for (const [label, query] of QUERIES) {
    core.services.patients.search(query, 20);
    console.log(
      line(
        `${label} « ${query} »`,
        time(300, () => core.services.patients.search(query, 20)),
      ),
    );
  }
  if (full) {
    const ids = Array.from({ length: 1000 }, (_, index) => 1 + ((index * 7919) % size));
    const open = time(1000, (run) => core.services.patientFiles.open(ids[run] as number, actor));
    console.log(
      '  ouverture du dossier (identité, alertes, préférences, 50 dernières consultations, documents ; accès tracé) :',
    );
    console.log(line('service', open));

    const server = await startHttpServer({
      core,
      logger: createLogger('silent'),
      host: '127.0.0.1',
      port: 0,
      version: 'bench',
    });
    const login = (await (
      await fetch(`${server.url}/api/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'bench', password: 'bench-password', wantsBearerToken: true }),
      })
    ).json()) as { value: { bearerToken: string } };
    const post = async (method: string, body: unknown) => {
      const response = await fetch(`${server.url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.value.bearerToken}` },
        body: JSON.stringify(body),
      });
      if (!((await response.json()) as { ok: boolean }).ok) throw new Error(`${method} refused`);
    };
    const httpTime = async (runs: number, work: (run: number) => Promise<void>) => {
      const samples: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        await work(run);
        samples.push(performance.now() - started);
      }
      return samples;
    };
    console.log('  par HTTP (aller-retour sur 127.0.0.1, 500 appels) :');
    console.log(line('recherche « lef »', await httpTime(500, () => post('patients.search', { query: 'lef' }))));
    console.log(
      line('recherche « 12/03/1961 »', await httpTime(500, () => post('patients.search', { query: '12/03/1961' }))),
    );
    console.log(
      line('ouverture du dossier', await httpTime(500, (run) => post('patientFile.open', { id: ids[run] as number }))),
    );
    await server.close();
  }
  core.close();
}

mkdirSync(DIR, { recursive: true });
for (const size of SIZES) await benchSize(size, size === Math.max(...SIZES));
