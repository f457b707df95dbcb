// Browser mode: time from process start to /api/health answering, and the latency of a simple
// authenticated call over HTTP. Run with `npm run bench` (it builds first).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ms, percentile } from './stats.js';

const PORT_BASE = 4850;

async function timeToHealth(dataDir: string, port: number): Promise<{ elapsed: number; stop: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/cli.cjs', 'serve', '--port', String(port), '--data-dir', dataDir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/api/health`;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (performance.now() - started > 30_000) throw new Error('server did not start within 30 s');
  }
  const elapsed = performance.now() - started;
  return {
    elapsed,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** The anchor: a bare node:http server started the same way, to its first 200. */
async function bareServerToFirstAnswer(port: number): Promise<number> {
  const started = performance.now();
  const script = `require('node:http').createServer((q, r) => r.end('ok')).listen(${port}, '127.0.0.1')`;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const elapsed = performance.now() - started;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return elapsed;
}

/** Wall time of a command run to its end (`paume help`, `node -e 0`). */
function commandTime(args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} a échoué`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'paume-bench-'));
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const fresh = mkdtempSync(join(tmpdir(), 'paume-bench-fresh-'));
      const first = await timeToHealth(fresh, PORT_BASE + run);
      cold.push(first.elapsed);
      await first.stop();
      rmSync(fresh, { recursive: true, force: true });
    }
    // A database that exists already (the everyday start), with a practice and an account.
    const setup = await timeToHealth(dataDir, PORT_BASE + 10);
    const base = `http://127.0.0.1:${PORT_BASE + 10}`;
    const post = (method: string, body: unknown, token?: string) =>
      fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    await post('setup.initialize', {
      practiceName: 'Banc d’essai',
      login: 'bench',
      displayName: 'Bench',
      password: 'bench-password',
      alsoSurgeon: true,
    });
    await setup.stop();
    for (let run = 0; run < 5; run += 1) {
      const again = await timeToHealth(dataDir, PORT_BASE + 20 + run);
      warm.push(again.elapsed);
      await again.stop();
    }

    const server = await timeToHealth(dataDir, PORT_BASE + 30);
    const portBase = `http://127.0.0.1:${PORT_BASE + 30}`;
    const login = (await (
      await fetch(`${portBase}/api/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'bench', password: 'bench-password', wantsBearerToken: true }),
      })
    ).json()) as { value: { bearerToken: string } };
    const token = login.value.bearerToken;
    const call = async () => {
      const response = await fetch(`${portBase}/api/practice.get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: '{}',
      });
      const body = (await response.json()) as { ok: boolean };
      if (!body.ok) throw new Error('practice.get refused');
    };
    for (let i = 0; i < 100; i += 1) await call();
    const latencies: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const started = performance.now();
      await call();
      latencies.push(performance.now() - started);
    }
    await server.stop();

    const bare: number[] = [];
    for (let run = 0; run < 5; run += 1) bare.push(await bareServerToFirstAnswer(PORT_BASE + 40 + run));
    commandTime(['dist/cli.cjs', 'help']); // the first run after a build writes the code cache
    const help: number[] = [];
    const nodeAlone: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      help.push(commandTime(['dist/cli.cjs', 'help']));
      nodeAlone.push(commandTime(['-e', '0']));
    }
    const warmMedian = percentile(warm, 50);
    const bareMedian = percentile(bare, 50);
    const helpMedian = percentile(help, 50);

    console.log('Paume, mode navigateur (HTTP sur 127.0.0.1)');
    console.log(
      `  démarrage → /api/health, base neuve (création + migration) : médiane ${ms(percentile(cold, 50))}, max ${ms(Math.max(...cold))} (5 essais)`,
    );
    console.log(
      `  démarrage → /api/health, base existante : médiane ${ms(percentile(warm, 50))}, max ${ms(Math.max(...warm))} (5 essais)`,
    );
    console.log(
      `  ancre : serveur node:http nu → première réponse : médiane ${ms(bareMedian)} ; Paume ${(warmMedian / bareMedian).toFixed(1)} × (objectif ≤ 300 ms et ≤ 3 ×)`,
    );
    console.log(
      `  paume help : médiane ${ms(helpMedian)} ; ancre node -e 0 ${ms(percentile(nodeAlone, 50))}, ${(helpMedian / percentile(nodeAlone, 50)).toFixed(1)} × (objectif ≤ 300 ms)`,
    );
    console.log(
      `  practice.get authentifié, 1 000 appels séquentiels : médiane ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
