import { chromium, test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const child: ChildProcess = spawn(
    process.execPath,
    ['dist/cli.cjs', 'serve', '--port', '0', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`paume serve did not start:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Paume est prêt : (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`paume serve exited with ${code}:\n${output}`));
    });
  });
  return {
    server: { url, dataDir, output: () => output },
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
