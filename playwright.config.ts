import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser.ts';

/**
 * Port of the preview server the end-to-end tests run against (npm start uses
 * 4321); E2E_PORT overrides it, so two checkouts can test side by side.
 */
const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4329);

/**
 * End-to-end tests: the real site is built once (astro build, which also
 * indexes it with Pagefind) and served with astro preview; fixture sites are
 * built by the tests that need them, each once per run, into a folder the
 * global setup makes (tests/support/fixture-site.ts, global-setup.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: {
    command: `npm run build && npx astro preview --port ${E2E_PORT}`,
    url: `http://localhost:${E2E_PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
