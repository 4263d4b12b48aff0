import { existsSync } from 'node:fs';

/** Places where Debian, Ubuntu and common installers put a system Chromium. */
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Flags for a headless Chromium on a machine with no network but the site
 * under test: without the background-networking ones Chromium keeps trying to
 * reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The system Chromium to drive, or undefined to fall back to Playwright's own
 * browser (a developer's laptop after `npx playwright install chromium`).
 * CHROMIUM_PATH overrides the search.
 */
export function systemChromium(): string | undefined {
  const override = process.env['CHROMIUM_PATH'];
  if (override) return override;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Launch options for Playwright's chromium, shared by tests, benchmark and reports. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = systemChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
