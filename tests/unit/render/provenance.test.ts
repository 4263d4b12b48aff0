import { describe, expect, it } from 'vitest';
import {
  archiveLookups,
  waybackLookupUrl,
  waybackNearestUrl,
} from '../../../src/lib/render/provenance.ts';

describe('waybackLookupUrl', () => {
  it('lists every capture of the address', () => {
    expect(waybackLookupUrl('https://www.mediaite.com/news/everything-seen/')).toBe(
      'https://web.archive.org/web/*/https://www.mediaite.com/news/everything-seen/',
    );
  });

  it('keeps a query, drops a fragment no archive keeps, and escapes a star', () => {
    expect(waybackLookupUrl('https://example.com/a?id=1&b=*#top')).toBe(
      'https://web.archive.org/web/*/https://example.com/a?id=1&b=%2A',
    );
  });
});

describe('waybackNearestUrl', () => {
  it('asks for the capture nearest a day', () => {
    expect(waybackNearestUrl('https://example.com/story', '2022-06-18')).toBe(
      'https://web.archive.org/web/20220618/https://example.com/story',
    );
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => waybackNearestUrl('https://example.com/', 'unknown')).toThrow(/YYYY-MM-DD/);
  });
});

describe('archiveLookups', () => {
  it('gives none for an unknown address', () => {
    expect(
      archiveLookups({ url: 'unknown', published: '2022-06-18', captured: '2026-12-01' }),
    ).toEqual([]);
  });

  it('looks near the publication day when it is known', () => {
    const lookups = archiveLookups({
      url: 'https://example.com/story',
      published: '2022-06-18',
      captured: '2026-12-01',
    });
    expect(lookups.map((l) => l.href)).toEqual([
      'https://web.archive.org/web/*/https://example.com/story',
      'https://web.archive.org/web/20220618/https://example.com/story',
    ]);
    expect(lookups[1]?.label).toBe('the capture nearest its publication');
  });

  it('looks near our capture day when the publication day is unknown, and says so', () => {
    const lookups = archiveLookups({
      url: 'https://example.com/story',
      published: 'unknown',
      captured: '2026-12-01',
    });
    expect(lookups[1]?.href).toBe('https://web.archive.org/web/20261201/https://example.com/story');
    expect(lookups[1]?.label).toBe('the capture nearest our capture');
  });
});
