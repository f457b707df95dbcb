// A 30 MB HTML mail opened again and again by one seat (issue 27 item 5), over the real HTTP
// server: how long an opening takes, how much it sends, and the p95 of the other seats' calls
// (the queue, a patient search) meanwhile, against the same calls with nobody opening it.
// The message is taken through the same reading as a sync (readMessage: bounded, made safe).
import { performance } from 'node:perf_hooks';
import { createLogger } from '../electron/lib/logger.js';
import { startHttpServer } from '../electron/server/http-server.js';
import { openBenchCore } from './bench-core.js';
import { ms, percentile } from './stats.js';

const { core, dispose } = await openBenchCore('heavy-mail');
const server = await startHttpServer({
  core,
  logger: createLogger('silent'),
  host: '127.0.0.1',
  port: 0,
  version: 'bench',
});

async function login(): Promise<string> {
  const response = await fetch(`${server.url}/api/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'bench', password: 'bench-password', wantsBearerToken: true }),
  });
  const answer = (await response.json()) as { ok: boolean; value?: { bearerToken?: string } };
  if (!answer.value?.bearerToken) throw new Error('connexion du banc refusée');
  return answer.value.bearerToken;
}
const post = async (token: string, method: string, body: unknown) => {
  const response = await fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await response.text()).length;
};

const paragraph = '<p style="color:red" onclick="x()">Compte rendu, ligne de texte ordinaire.</p>\n';
const html = `<html><body><img src="https://pisteur.example/p.gif">${paragraph.repeat(Math.ceil((30 * 1_048_576) / paragraph.length))}</body></html>`;
const raw = Buffer.from(
  `From: labo@example.fr\r\nSubject: Lourd\r\nMessage-ID: <lourd@example.fr>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`,
);
const taken = performance.now();
const { id } = await core.services.inbox.takeRaw(raw, 'bench');
console.log(
  `Message HTML de 30 Mo lu et rangé (hors requêtes) en ${((performance.now() - taken) / 1000).toFixed(1)} s`,
);

const opener = await login();
const other = await login();
const otherCalls = async (rounds: number): Promise<number[]> => {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await post(other, round % 2 ? 'patients.search' : 'inbox.queue', round % 2 ? { query: 'MARTIN' } : {});
    samples.push(performance.now() - started);
  }
  return samples;
};

const quiet = await otherCalls(200);
const opening = { on: true };
const openings: number[] = [];
let sent = 0;
const heavy = (async () => {
  while (opening.on) {
    const started = performance.now();
    sent = await post(opener, 'inbox.open', { id });
    openings.push(performance.now() - started);
  }
})();
const busy = await otherCalls(200);
opening.on = false;
await heavy;
console.log(
  `Ouvrir le message de 30 Mo : p50 ${ms(percentile(openings, 50))}, p95 ${ms(percentile(openings, 95))}, ${(sent / 1024).toFixed(0)} Ko envoyés (${openings.length} ouvertures)`,
);
console.log(
  `Appels d’un autre poste (file, recherche) : p95 ${ms(percentile(quiet, 95))} sans ouverture, p95 ${ms(percentile(busy, 95))} pendant les ouvertures`,
);
await server.close();
dispose();
