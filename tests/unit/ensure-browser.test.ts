import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../support/browser.ts';

describe('chromium launch options', () => {
  it('always run headless and keep Chromium off the network', () => {
    const { args } = chromiumLaunchOptions();
    expect(args).toEqual(CHROMIUM_ARGS);
    expect(args).toContain('--headless');
    expect(args).toContain('--disable-background-networking');
  });

  it('honour CHROMIUM_PATH', () => {
    const before = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/opt/custom/chromium';
    try {
      expect(chromiumLaunchOptions().executablePath).toBe('/opt/custom/chromium');
    } finally {
      if (before === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = before;
    }
  });
});
