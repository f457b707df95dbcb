// What a person waits for in browser mode (issue 25), measured in Debian's Chromium on the demo
// data, each beside an anchor measured in the same run:
//   navigation → login form usable          anchor: a minimal form page from a bare node:http server
//   « Se connecter » → session entered       anchor: the scrypt check itself (same parameters)
//   login → inbox list painted
//   last key typed → first result shown      anchor: patients.search over HTTP
//   Entrée → patient file painted            anchor: patientFile.open over HTTP
//   inbox list: data arrived → painted       target: 100 ms
// Times are taken inside the page (performance.now(), a MutationObserver), not by Playwright's
// round trips. Run with `npm run bench` (it builds first); PAUME_CHROMIUM names another Chromium.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPassword, verifyPassword } from '../electron/lib/passwords.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/fixtures.js';
import { servePaume } from '../tests/helpers/paume-server.js';
import { ms, percentile } from './stats.js';

const RUNS = 7;
const MINIMAL_PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Connexion</title>
<form><label>Identifiant <input name="login"></label><label>Mot de passe <input type="password" name="p"></label>
<button>Se connecter</button></form></html>`;

const median = (values: readonly number[]) => percentile([...values], 50);
const ratio = (value: number, anchor: number) => `${(value / anchor).toFixed(1)} ×`;
const line = (what: string, value: number, anchor: string, target: string) => {
  console.log(`  ${what} : médiane ${ms(value)} ; ${anchor} ; objectif ${target}`);
};

/** Navigation start → the login field visible and enabled, timed by the browser itself. */
async function timeToForm(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const field = page.getByLabel('Identifiant');
  await field.waitFor({ state: 'visible' });
  await field.click({ trial: true });
  const elapsed = await page.evaluate(() => performance.now());
  await context.close();
  return elapsed;
}

interface Watched {
  keyAt: number;
  shownAt: number;
  text: string;
}

/** Records, in the page, each key pressed and when `selector` next appears or changes after it. */
async function watchAppearance(page: Page, name: string, selector: string, key: string): Promise<void> {
  await page.evaluate(
    ({ name, selector, key }) => {
      const all = ((window as unknown as { __paumeBench?: Record<string, Watched[]> }).__paumeBench ??= {});
      const presses: Watched[] = (all[name] = []);
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === key || key === '*') presses.push({ keyAt: performance.now(), shownAt: 0, text: '' });
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const shown = document.querySelector(selector);
        const last = presses.at(-1);
        if (shown && last && (last.shownAt === 0 || shown.textContent !== last.text)) {
          last.shownAt = performance.now();
          last.text = shown.textContent;
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { name, selector, key },
  );
}

const watched = (page: Page, name: string) =>
  page.evaluate(
    (key) => (window as unknown as { __paumeBench: Record<string, Watched[]> }).__paumeBench[key] ?? [],
    name,
  );

/** One API call made by the page itself (its session cookie), timed there: the anchor of a screen. */
const timedCall = (page: Page, method: string, input: unknown) =>
  page.evaluate(
    async ({ method, input }) => {
      const started = performance.now();
      await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return performance.now() - started;
    },
    { method, input },
  );

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'paume-bench-screen-'));
  const seeded = spawnSync(process.execPath, ['dist/cli.cjs', 'seed-demo', '--data-dir', dataDir], {
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed-demo : ${seeded.stderr}`);
  const paume = await servePaume(dataDir);
  const minimal = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(MINIMAL_PAGE);
  });
  await new Promise<void>((resolve) => minimal.listen(0, '127.0.0.1', resolve));
  const minimalUrl = `http://127.0.0.1:${(minimal.address() as { port: number }).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    // Warm both servers once (the first Chromium page pays for its own start).
    await timeToForm(browser, minimalUrl);
    await timeToForm(browser, paume.url);
    const anchorForm: number[] = [];
    const paumeForm: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      anchorForm.push(await timeToForm(browser, minimalUrl));
      paumeForm.push(await timeToForm(browser, paume.url));
    }

    // scrypt alone, as the server runs it.
    const stored = await hashPassword('demo-paume');
    const scryptTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      await verifyPassword('demo-paume', stored);
      scryptTimes.push(performance.now() - started);
    }

    const loginWaits: number[] = [];
    const inboxPainted: number[] = [];
    const listAfterData: number[] = [];
    const searchShown: number[] = [];
    const searchCall: number[] = [];
    const fileShown: number[] = [];
    const fileCall: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(paume.url);
      await page.getByLabel('Identifiant').fill('accueil');
      await page.getByLabel('Mot de passe').fill('demo-paume');
      // A person takes a second or two to type a password: the page uses it (workspaces preloaded).
      await page.waitForTimeout(1500);
      await watchAppearance(page, 'login', '[data-testid="queue-sender"]', 'Enter');
      await page.getByLabel('Mot de passe').press('Enter');
      await page.locator('[data-testid="queue-sender"]').first().waitFor();
      const [login] = await watched(page, 'login');
      const timings = await page.evaluate(() => {
        // No named function in here: tsx would wrap it in a helper the page does not have.
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const login = entries.find((entry) => entry.name.endsWith('/api/auth.login'));
        const queue = entries.find((entry) => entry.name.endsWith('/api/inbox.queue'));
        return { loginEnd: login?.responseEnd ?? 0, queueEnd: queue?.responseEnd ?? 0 };
      });
      if (!login) throw new Error('login not recorded');
      // What the person waits for at « Se connecter »: until the answer to auth.login has arrived
      // and the session is entered (the workspace then paints).
      loginWaits.push(timings.loginEnd - login.keyAt);
      inboxPainted.push(login.shownAt - login.keyAt);
      listAfterData.push(login.shownAt - timings.queueEnd);

      // Search as you type: the whole query typed at a person's pace, last key → its first result.
      const queries = ['dup', 'mart', 'bern', 'lef', 'ro'];
      const query = queries[run % queries.length] ?? 'dup';
      await watchAppearance(page, 'search', '.paume-search-option', '*');
      const search = page.getByLabel('Rechercher un patient');
      await search.click();
      await search.pressSequentially(query, { delay: 40 });
      const expected = await page.evaluate(async (text) => {
        const response = await fetch('/api/patients.search', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: text, limit: 15 }),
        });
        const body = (await response.json()) as { value: { lastName: string }[] };
        return body.value[0]?.lastName ?? '';
      }, query);
      await page.waitForFunction(
        (name) =>
          document.querySelector('.paume-search-option')?.textContent.toUpperCase().includes(name.toUpperCase()),
        expected,
      );
      const typed = await watched(page, 'search');
      const lastKey = typed.at(-1);
      if (lastKey?.shownAt) searchShown.push(lastKey.shownAt - lastKey.keyAt);
      searchCall.push(await timedCall(page, 'patients.search', { query, limit: 15 }));

      // Entrée → the patient file's name painted.
      await watchAppearance(page, 'file', '[data-testid="patient-name"]', 'Enter');
      await search.press('Enter');
      await page.locator('[data-testid="patient-name"]').waitFor();
      const [opened] = await watched(page, 'file');
      const fileTiming = await page.evaluate(() => {
        const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((candidate) => candidate.name.endsWith('/api/patientFile.open'))
          .at(-1);
        return entry ? { start: entry.startTime, end: entry.responseEnd } : null;
      });
      if (process.env.PAUME_BENCH_DETAIL && opened && fileTiming)
        console.log(
          `    détail : requête partie +${ms(fileTiming.start - opened.keyAt)}, reçue +${ms(fileTiming.end - opened.keyAt)}, peint +${ms(opened.shownAt - opened.keyAt)}`,
        );
      if (opened?.shownAt) fileShown.push(opened.shownAt - opened.keyAt);
      const id = Number(/patients\/(\d+)/.exec(page.url())?.[1]);
      fileCall.push(await timedCall(page, 'patientFile.open', { id }));
      await context.close();
    }

    const form = median(paumeForm);
    const anchor = median(anchorForm);
    console.log(`Premier écran et saisie (Chromium, données de démonstration, ${RUNS} essais)`);
    line(
      'navigation → formulaire de connexion utilisable',
      form,
      `page minimale ${ms(anchor)}, ${ratio(form, anchor)}`,
      '≤ 2 ×',
    );
    const scrypt = median(scryptTimes);
    const wait = median(loginWaits);
    line(
      '« Se connecter » → session ouverte',
      wait,
      `scrypt seul ${ms(scrypt)}, + ${ms(wait - scrypt)}`,
      'scrypt + 100 ms',
    );
    line('« Se connecter » → liste du Secrétariat peinte', median(inboxPainted), 'sans ancre', 'rapide');
    line('liste du Secrétariat : données reçues → peinte', median(listAfterData), 'sans ancre', '≤ 100 ms');
    const shown = median(searchShown);
    line(
      'dernière touche → premier résultat affiché',
      shown,
      `patients.search seul ${ms(median(searchCall))}, ${ratio(shown, median(searchCall))}`,
      '≤ 50 ms',
    );
    const file = median(fileShown);
    line(
      'Entrée → dossier patient peint',
      file,
      `patientFile.open seul ${ms(median(fileCall))}, ${ratio(file, median(fileCall))}`,
      '≤ 50 ms',
    );
  } finally {
    await browser.close();
    minimal.close();
    paume.child.kill('SIGTERM');
    await new Promise((resolve) => paume.child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
