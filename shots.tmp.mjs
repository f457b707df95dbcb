import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const dataDir = mkdtempSync(join(tmpdir(), 'paume-shots-'));
const child = spawn('node', ['dist/cli.cjs', 'serve', '--demo', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => { let out = ''; child.stdout.on('data', (d) => { out += d; const m = /Paume est prêt : (\S+)/.exec(out); if (m) resolve(m[1]); }); });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [w, h] of [[1280, 800], [1920, 1080]]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel(/Identifiant/).fill('claire.fontaine');
  await page.getByLabel(/Mot de passe/).fill('demo-paume');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  const shot = async (name) => { await page.waitForTimeout(800); await page.screenshot({ path: `/tmp/shots/${name}-${w}.png` }); };
  await shot('secretariat');
  await page.getByRole('link', { name: /Rendez-vous/ }).first().click().catch(() => undefined);
  await shot('agenda');
  await page.getByText('Cabinet', { exact: true }).first().click();
  for (const tab of ['Praticiens', 'Comptes', 'Agenda', 'Messagerie', 'Protocole de tri', 'Dictée et modèles']) {
    await page.getByRole('tab', { name: tab }).click();
    await shot(`cabinet-${tab.split(' ')[0].toLowerCase()}`);
  }
  await page.getByText('Bloc', { exact: true }).first().click();
  await shot('bloc');
  await context.close();
}
await browser.close();
child.kill('SIGTERM');
