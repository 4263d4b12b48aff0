/**
 * Makes sure a Chromium exists for the end-to-end tests.
 *
 * 1. A system Chromium (or CHROMIUM_PATH) is used when present.
 * 2. Otherwise Playwright's own downloaded Chromium, when present.
 * 3. Otherwise, as root on Debian or Ubuntu, installs Debian's `chromium`
 *    package with apt-get.
 * 4. Otherwise stops with one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from '../tests/support/browser.ts';

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

const found = systemChromium() ?? playwrightChromium();
if (found) {
  console.log(`browser: ${found}`);
  process.exit(0);
}

if (process.getuid?.() === 0 && isDebianLike()) {
  console.log('browser: none found; installing Debian package chromium with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  const installed = systemChromium();
  if (install.status === 0 && installed) {
    console.log(`browser: ${installed}`);
    process.exit(0);
  }
}

console.error(
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) and run the tests again.',
);
process.exit(1);
