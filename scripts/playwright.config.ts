import { defineConfig } from '@playwright/test';

/**
 * End-to-end tier. Runs in Debian's Chromium (never a downloaded browser) against the app
 * that `pnpm test` starts on E2E_BASE_URL: the `seed` project with the seed graph loaded,
 * then the `large` project with a synthetic graph of some 20,000 nodes loaded beside it, then
 * the `hostile` project with the hostile fixture (`fixtures/hostile`) loaded instead.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_REPORT ?? '../test-results/e2e.json' }],
  ],
  projects: [
    { name: 'seed', testIgnore: /(hostile-data|large-graph)\.spec\.ts$/ },
    { name: 'large', testMatch: /large-graph\.spec\.ts$/ },
    { name: 'hostile', testMatch: /hostile-data\.spec\.ts$/ },
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
