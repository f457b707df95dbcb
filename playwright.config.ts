import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (no internet here). Each test starts its own
// `paume serve` on a fresh data dir (tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  fullyParallel: true,
  outputDir: 'test-results/playwright-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1400, height: 900 },
  },
});
