import { describe, expect, test } from 'vitest';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import { API_NAMES, apiFile, apiJsonSchema, apiSchemas } from '../../../src/lib/export/api.ts';
import { stableJson } from '../../../src/lib/export/json-ld.ts';
import { anchor } from '../../../src/lib/text/anchor.ts';
import { codePointIndex } from '../../../src/lib/export/code-points.ts';
import { FIXTURE_CONTENT, fixtureArchive, SITE } from './fixture.ts';

const archive = fixtureArchive();

describe('the static JSON API', () => {
  test.each(API_NAMES)('%s.json matches its documented shape', (name) => {
    const file: { count: number; items: unknown[] } = apiFile(SITE, archive, name);
    const parsed = apiSchemas[name].safeParse(file);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(file.count).toBe(file.items.length);
    expect(file.count).toBeGreaterThan(0);
  });

  test.each(API_NAMES)('%s.json is byte-identical when the archive is loaded again', (name) => {
    const again = checkArchive(FIXTURE_CONTENT).archive;
    expect(stableJson(apiFile(SITE, again, name))).toBe(stableJson(apiFile(SITE, archive, name)));
  });

  test('items are sorted by id', () => {
    for (const name of ['sources', 'quotes', 'claims', 'events'] as const) {
      const ids = apiFile(SITE, archive, name).items.map((item) => item.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  test('a source with unknown facts publishes null, not a guess', () => {
    const { items } = apiFile(SITE, archive, 'sources');
    const notice = items.find((s) => s.id === 'notice-undated');
    expect(notice).toMatchObject({ originalUrl: null, published: null, archiveUrl: null });
  });

  test('annotation positions are code points into the published text and re-anchor there', () => {
    const sources = apiFile(SITE, archive, 'sources').items;
    const annotations = apiFile(SITE, archive, 'annotations').items;
    expect(annotations).toHaveLength(5);
    for (const a of annotations) {
      const text = sources.find((s) => s.id === a.source)?.text ?? '';
      expect(Array.from(text).slice(a.start, a.end).join('')).toBe(a.exact);
      const found = anchor(text, { exact: a.exact, prefix: a.prefix, suffix: a.suffix });
      expect(found.status).toBe('found');
      if (found.status === 'found')
        expect(codePointIndex(text).toCodePoint(found.start)).toBe(a.start);
    }
  });

  test('a quote lists its appearances with their drift verdicts, and a claim its evidence by stance', () => {
    const [quote] = apiFile(SITE, archive, 'quotes').items;
    expect(quote?.appearances[0]).toMatchObject({ annotation: 'tide-quote', verdict: 'exact' });
    const [claim] = apiFile(SITE, archive, 'claims').items;
    expect(claim?.evidence.disputes.map((p) => p.annotation)).toEqual(['every-reason']);
    expect(claim?.evidence.supports.map((p) => p.annotation)).toEqual(['tables-read']);
    expect(claim?.statusDefinition).toMatch(/Contested/);
  });

  test('the shape refuses a file that drifts from it', () => {
    const file = structuredClone(apiFile(SITE, archive, 'sources'));
    (file.items[0] as Record<string, unknown>)['extra'] = 1;
    expect(apiSchemas.sources.safeParse(file).success).toBe(false);
  });

  test('each shape is published as JSON Schema with field descriptions', () => {
    const schema = apiJsonSchema(SITE, 'annotations');
    expect(schema['$id']).toBe('https://open-data.example/api/schemas/annotations.json');
    expect(JSON.stringify(schema)).toContain('Start of the passage in the text, in code points.');
  });
});
