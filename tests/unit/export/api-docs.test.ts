import { describe, expect, test } from 'vitest';
import { API_NAMES } from '../../../src/lib/export/api.ts';
import { apiFieldRows } from '../../../src/lib/export/api-docs.ts';

describe('the JSON API documentation', () => {
  test('lists every field of an item, nested ones by dotted path, with type and description', () => {
    const rows = apiFieldRows('sources');
    expect(rows.find((r) => r.path === 'originalUrl')).toEqual({
      path: 'originalUrl',
      type: 'string | null',
      description: 'The original address, or null when it is unknown.',
    });
    expect(rows.map((r) => r.path)).toContain('outlet.name');
    expect(rows.find((r) => r.path === 'annotations')?.type).toBe('array of string');
  });

  test('describes fields inside arrays of objects', () => {
    const paths = apiFieldRows('claims').map((r) => r.path);
    expect(paths).toContain('evidence.supports[].url');
    expect(paths).toContain('firstAppearance.annotation');
  });

  test('gives every top-level field of every file a description', () => {
    for (const name of API_NAMES) {
      for (const row of apiFieldRows(name).filter((r) => !r.path.includes('.'))) {
        expect(row.description, `${name}: ${row.path}`).not.toBe('');
      }
    }
  });
});
