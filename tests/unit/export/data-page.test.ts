import { describe, expect, test } from 'vitest';
import { API_NAMES } from '../../../src/lib/export/api.ts';
import { dataPage } from '../../../src/lib/export/data-page.ts';
import { allAnnotations } from '../../../src/lib/export/web-annotation.ts';
import { fixtureArchive, SITE } from './fixture.ts';

describe('the open-data page', () => {
  const page = dataPage(SITE, fixtureArchive());

  test('documents every file of the JSON API, with its fields and first item', () => {
    expect(page.api.map((file) => file.name)).toEqual([...API_NAMES]);
    for (const file of page.api) {
      expect(file.path).toBe(`/api/${file.name}.json`);
      expect(file.schema).toBe(`/api/schemas/${file.name}.json`);
      expect(file.rows.length).toBeGreaterThan(0);
      expect(file.description).not.toBe('');
    }
  });

  test('counts and shows the archive’s own annotations', () => {
    const annotations = allAnnotations(SITE, fixtureArchive());
    expect(page.annotationCount).toBe(annotations.length);
    expect(page.exampleAnnotation).toEqual(annotations[0]);
  });

  test('absolute addresses are made on the site; patterns keep their placeholders', () => {
    expect(page.url('/annotations.jsonld')).toBe('https://open-data.example/annotations.jsonld');
    expect(page.pattern('/sources/<slug>/')).toBe('https://open-data.example/sources/<slug>/');
  });

  test('its JSON-LD is one Dataset', () => {
    expect(page.jsonLd).toHaveLength(1);
    expect(page.jsonLd[0]).toMatchObject({ '@type': 'Dataset' });
  });
});
