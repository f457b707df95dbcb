import { chromium, test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servePaume } from '../helpers/paume-server';

/** Debian's Chromium, launched as this machine allows it (see the README, "Tests"). */
export const CHROMIUM_PATH = process.env.PAUME_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface PaumeServer {
  readonly url: string;
  readonly dataDir: string;
  readonly output: () => string;
}

/** Starts the built `paume serve` on a free port with a fresh data folder; stops it after. */
export async function startPaume(
  extraArgs: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<{ server: PaumeServer; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'paume-e2e-'));
  const { url, child, output } = await servePaume(dataDir, extraArgs, env);
  return {
    server: { url, dataDir, output },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Chromium with a fresh profile, so no cookie or storage leaks from one test to the next. */
export async function launchChromium(
  extraArgs: readonly string[] = [],
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'paume-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ paume: PaumeServer; context: BrowserContext; page: Page; serverArgs: string[] }>({
  serverArgs: [[], { option: true }],
  paume: async ({ serverArgs }, use) => {
    const { server, stop } = await startPaume(serverArgs);
    await use(server);
    await stop();
  },
  context: async ({}, use) => {
    const { context, close } = await launchChromium();
    await use(context);
    await close();
  },
  page: async ({ context, paume }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(paume.url);
    await use(page);
  },
});

export { expect };

/** Where the screenshots looked at during development go (not committed). */
export const screenshotPath = (name: string): string => join('test-results', 'screenshots', `${name}.png`);
