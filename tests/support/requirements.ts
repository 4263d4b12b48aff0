/**
 * Checks of exported documents against what their specifications require:
 * every MUST of the W3C Web Annotation Data Model that applies to the
 * resources this site publishes, and the properties each schema.org type
 * needs for the rich results and tools that read it. Each check returns a
 * list of problems (empty when the document is fine) so a test can show all
 * of them at once. Used by the unit and end-to-end tests; also usable by
 * anyone re-checking a download.
 *
 * @see https://www.w3.org/TR/annotation-model/
 * @see https://developers.google.com/search/docs/appearance/structured-data/search-gallery
 */
import { ANNO_CONTEXT, MOTIVATIONS } from '../../src/lib/export/web-annotation.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const XSD_DATETIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const XSD_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** True for an absolute IRI (scheme and all). */
export function isAbsoluteIri(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

function hasType(node: Json, type: string): boolean {
  return list(node['type']).includes(type);
}

function iriOrObjectWithId(value: unknown): boolean {
  return isAbsoluteIri(value) || (isObject(value) && isAbsoluteIri(value['id']));
}

function checkContext(node: Json, at: string, problems: string[]): void {
  const context = node['@context'];
  if (Array.isArray(context) ? !context.includes(ANNO_CONTEXT) : context !== ANNO_CONTEXT) {
    problems.push(`${at}: @context must be (or include) ${ANNO_CONTEXT}`);
  }
}

function checkDate(node: Json, key: string, at: string, problems: string[]): void {
  if (node[key] === undefined) return;
  if (typeof node[key] !== 'string' || !XSD_DATETIME_UTC.test(node[key])) {
    problems.push(`${at}: ${key} must be an xsd:dateTime in UTC ending in Z`);
  }
}

function checkMotivation(value: unknown, at: string, problems: string[]): void {
  for (const m of list(value)) {
    if (!(MOTIVATIONS as readonly unknown[]).includes(m)) {
      problems.push(`${at}: ${String(m)} is not a motivation of the Web Annotation Vocabulary`);
    }
  }
}

function checkSelector(selector: unknown, at: string, problems: string[]): void {
  if (!isObject(selector)) {
    if (!isAbsoluteIri(selector)) problems.push(`${at}: a selector must be an object or an IRI`);
    return;
  }
  if (hasType(selector, 'TextQuoteSelector')) {
    if (typeof selector['exact'] !== 'string' || selector['exact'] === '') {
      problems.push(`${at}: a TextQuoteSelector must have exactly one non-empty exact`);
    }
    for (const key of ['prefix', 'suffix']) {
      if (selector[key] !== undefined && typeof selector[key] !== 'string') {
        problems.push(`${at}: a TextQuoteSelector's ${key} must be one string`);
      }
    }
  } else if (hasType(selector, 'TextPositionSelector')) {
    const { start, end } = selector;
    if (!Number.isInteger(start) || (start as number) < 0) {
      problems.push(
        `${at}: a TextPositionSelector must have exactly one non-negative integer start`,
      );
    }
    if (!Number.isInteger(end) || (end as number) < 0) {
      problems.push(`${at}: a TextPositionSelector must have exactly one non-negative integer end`);
    }
    if (typeof start === 'number' && typeof end === 'number' && end < start) {
      problems.push(`${at}: a TextPositionSelector's end must not be before its start`);
    }
  } else if (selector['type'] === undefined) {
    problems.push(`${at}: a selector must have a type`);
  }
}

function checkBody(body: unknown, at: string, problems: string[]): void {
  if (!isObject(body)) {
    if (!isAbsoluteIri(body)) problems.push(`${at}: a body must be an object or an IRI`);
    return;
  }
  if (hasType(body, 'TextualBody')) {
    if (typeof body['value'] !== 'string')
      problems.push(`${at}: a TextualBody must have exactly one value`);
  } else if (hasType(body, 'SpecificResource')) {
    if (!iriOrObjectWithId(body['source']))
      problems.push(`${at}: a SpecificResource must have exactly one source`);
  } else if (!isAbsoluteIri(body['id'])) {
    problems.push(
      `${at}: a body must be a TextualBody, a SpecificResource or a resource with an IRI id`,
    );
  }
  if (body['purpose'] !== undefined) checkMotivation(body['purpose'], `${at} purpose`, problems);
}

function checkTarget(target: unknown, at: string, problems: string[]): void {
  if (!isObject(target)) {
    if (!isAbsoluteIri(target)) problems.push(`${at}: a target must be an object or an IRI`);
    return;
  }
  if (
    hasType(target, 'SpecificResource') ||
    target['selector'] !== undefined ||
    target['source'] !== undefined
  ) {
    if (!iriOrObjectWithId(target['source']))
      problems.push(`${at}: a SpecificResource must have exactly one source IRI`);
    list(target['selector']).forEach((s, i) => checkSelector(s, `${at} selector ${i}`, problems));
    for (const [i, state] of list(target['state']).entries()) {
      if (!isObject(state)) continue;
      if (hasType(state, 'TimeState')) {
        for (const date of list(state['sourceDate'])) {
          if (typeof date !== 'string' || !XSD_DATETIME.test(date)) {
            problems.push(`${at} state ${i}: sourceDate must be an xsd:dateTime`);
          }
        }
        if (state['sourceDate'] === undefined && state['sourceDateStart'] === undefined) {
          problems.push(
            `${at} state ${i}: a TimeState needs a sourceDate or a sourceDateStart/End`,
          );
        }
        for (const cached of list(state['cached'])) {
          if (!isAbsoluteIri(cached)) problems.push(`${at} state ${i}: cached must be an IRI`);
        }
      }
    }
  } else if (!isAbsoluteIri(target['id'])) {
    problems.push(`${at}: a target must have an IRI id`);
  }
}

function checkAgents(value: unknown, at: string, problems: string[]): void {
  for (const agent of list(value)) {
    if (!isObject(agent)) {
      if (!isAbsoluteIri(agent)) problems.push(`${at}: an agent must be an object or an IRI`);
      continue;
    }
    if (agent['id'] !== undefined && !isAbsoluteIri(agent['id']))
      problems.push(`${at}: an agent's id must be an IRI`);
    for (const type of list(agent['type'])) {
      if (!['Person', 'Organization', 'Software'].includes(type as string)) {
        problems.push(`${at}: an agent's type must be Person, Organization or Software`);
      }
    }
  }
}

/**
 * What is wrong with one annotation under the Web Annotation Data Model.
 * `embedded` annotations (items of a page) may take their @context from the page.
 */
export function annotationProblems(annotation: unknown, embedded = false): string[] {
  const problems: string[] = [];
  if (!isObject(annotation)) return ['an annotation must be a JSON object'];
  const at = typeof annotation['id'] === 'string' ? annotation['id'] : 'annotation';
  if (!embedded || annotation['@context'] !== undefined) checkContext(annotation, at, problems);
  if (!isAbsoluteIri(annotation['id'])) problems.push(`${at}: id must be exactly one absolute IRI`);
  if (!hasType(annotation, 'Annotation'))
    problems.push(`${at}: type must be (or include) Annotation`);
  const targets = list(annotation['target']);
  if (targets.length === 0) problems.push(`${at}: an annotation must have at least one target`);
  targets.forEach((t, i) => checkTarget(t, `${at} target ${i}`, problems));
  list(annotation['body']).forEach((b, i) => checkBody(b, `${at} body ${i}`, problems));
  if (annotation['motivation'] !== undefined)
    checkMotivation(annotation['motivation'], at, problems);
  for (const key of ['created', 'modified', 'generated']) checkDate(annotation, key, at, problems);
  checkAgents(annotation['creator'], `${at} creator`, problems);
  checkAgents(annotation['generator'], `${at} generator`, problems);
  return problems;
}

/**
 * What is wrong with an AnnotationPage (and each annotation in it). Items are
 * annotations or, as the Web Annotation Protocol's PreferContainedIRIs
 * representation gives them, their IRIs.
 *
 * @see https://www.w3.org/TR/annotation-protocol/#container-representations
 */
export function annotationPageProblems(page: unknown, embedded = false): string[] {
  if (!isObject(page)) return ['a page must be a JSON object'];
  const problems: string[] = [];
  const at = typeof page['id'] === 'string' ? page['id'] : 'page';
  if (!embedded) checkContext(page, at, problems);
  if (!isAbsoluteIri(page['id']))
    problems.push(`${at}: a page's id must be exactly one absolute IRI`);
  if (!hasType(page, 'AnnotationPage')) problems.push(`${at}: type must be AnnotationPage`);
  const items = page['items'];
  if (!Array.isArray(items) || items.length === 0)
    problems.push(`${at}: a page must have one or more items`);
  else
    items.forEach((item) => {
      // The Protocol's PreferContainedIRIs representation gives an item by its IRI alone.
      if (typeof item === 'string') {
        if (!isAbsoluteIri(item)) problems.push(`${at}: an item given by IRI must be absolute`);
      } else problems.push(...annotationProblems(item, true));
    });
  if (page['partOf'] !== undefined && !iriOrObjectWithId(page['partOf'])) {
    problems.push(`${at}: partOf must be the collection's IRI or an object with its id`);
  }
  if (
    page['startIndex'] !== undefined &&
    (!Number.isInteger(page['startIndex']) || (page['startIndex'] as number) < 0)
  ) {
    problems.push(`${at}: startIndex must be a non-negative integer`);
  }
  for (const key of ['next', 'prev']) {
    if (page[key] !== undefined && !isAbsoluteIri(page[key]))
      problems.push(`${at}: ${key} must be an IRI`);
  }
  return problems;
}

/** What is wrong with an AnnotationCollection (and its embedded first page, if any). */
export function annotationCollectionProblems(collection: unknown): string[] {
  if (!isObject(collection)) return ['a collection must be a JSON object'];
  const problems: string[] = [];
  const at = typeof collection['id'] === 'string' ? collection['id'] : 'collection';
  checkContext(collection, at, problems);
  if (!isAbsoluteIri(collection['id'])) problems.push(`${at}: id must be exactly one absolute IRI`);
  if (!hasType(collection, 'AnnotationCollection'))
    problems.push(`${at}: type must be AnnotationCollection`);
  const total = collection['total'];
  if (total !== undefined && (!Number.isInteger(total) || (total as number) < 0)) {
    problems.push(`${at}: total must be a non-negative integer`);
  }
  const first = collection['first'];
  if ((total as number) > 0 && first === undefined) {
    problems.push(`${at}: a collection with annotations must have a first page`);
  }
  if (isObject(first)) problems.push(...annotationPageProblems(first, true));
  else if (first !== undefined && !isAbsoluteIri(first))
    problems.push(`${at}: first must be a page or its IRI`);
  if (collection['last'] !== undefined && !iriOrObjectWithId(collection['last'])) {
    problems.push(`${at}: last must be a page's IRI`);
  }
  return problems;
}

/** The schema.org types this site publishes and the properties each must have. */
export const REQUIRED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  WebSite: ['name', 'url', 'potentialAction'],
  BreadcrumbList: ['itemListElement'],
  CreativeWork: ['name', 'url', 'isBasedOn', 'archivedAt', 'identifier'],
  Quotation: ['text', 'spokenByCharacter', 'creator', 'isBasedOn'],
  ClaimReview: ['url', 'claimReviewed', 'reviewRating', 'itemReviewed', 'author'],
  AnalysisNewsArticle: ['headline', 'datePublished', 'author', 'publisher', 'url'],
  Person: ['name', 'url'],
  Organization: ['name', 'url'],
  CollectionPage: ['name', 'url'],
  WebPage: ['name', 'url'],
  Dataset: ['name', 'description', 'url', 'distribution'],
};

/** What is wrong with one top-level schema.org JSON-LD object. */
export function schemaOrgProblems(node: unknown): string[] {
  if (!isObject(node)) return ['JSON-LD must be an object'];
  const type = node['@type'];
  const at = `${String(type)} ${String(node['@id'] ?? node['url'] ?? '')}`.trim();
  const problems: string[] = [];
  if (node['@context'] !== 'https://schema.org')
    problems.push(`${at}: @context must be https://schema.org`);
  const required = typeof type === 'string' ? REQUIRED_PROPERTIES[type] : undefined;
  if (required === undefined) return [...problems, `${at}: unexpected @type ${String(type)}`];
  for (const key of required) {
    const value = node[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      problems.push(`${at}: ${key} is missing`);
    }
  }
  for (const key of ['url', '@id']) {
    if (node[key] !== undefined && !isAbsoluteIri(node[key]))
      problems.push(`${at}: ${key} must be an absolute URL`);
  }
  switch (type) {
    case 'WebSite': {
      const action = list(node['potentialAction'])[0];
      const target = isObject(action) ? action['target'] : undefined;
      const template = isObject(target) ? target['urlTemplate'] : target;
      if (!isObject(action) || action['@type'] !== 'SearchAction')
        problems.push(`${at}: potentialAction must be a SearchAction`);
      if (typeof template !== 'string' || !template.includes('{search_term_string}')) {
        problems.push(
          `${at}: the SearchAction's target must be a URL template with {search_term_string}`,
        );
      }
      if (isObject(action) && action['query-input'] !== 'required name=search_term_string') {
        problems.push(
          `${at}: the SearchAction needs query-input "required name=search_term_string"`,
        );
      }
      break;
    }
    case 'BreadcrumbList':
      list(node['itemListElement']).forEach((item, i) => {
        if (
          !isObject(item) ||
          item['@type'] !== 'ListItem' ||
          item['position'] !== i + 1 ||
          typeof item['name'] !== 'string' ||
          !isAbsoluteIri(item['item'])
        ) {
          problems.push(
            `${at}: item ${i + 1} must be a ListItem with position ${i + 1}, a name and an absolute item URL`,
          );
        }
      });
      break;
    case 'CreativeWork': {
      const id = node['identifier'];
      if (
        !isObject(id) ||
        id['propertyID'] !== 'sha256' ||
        !/^[0-9a-f]{64}$/.test(String(id['value']))
      ) {
        problems.push(
          `${at}: identifier must be a PropertyValue with propertyID sha256 and a 64-hex value`,
        );
      }
      for (const url of [...list(node['isBasedOn']), ...list(node['archivedAt'])]) {
        if (!isAbsoluteIri(url))
          problems.push(`${at}: isBasedOn and archivedAt must be absolute URLs`);
      }
      break;
    }
    case 'Quotation':
      for (const key of ['spokenByCharacter', 'creator']) {
        const who = node[key];
        if (!isObject(who) || typeof who['name'] !== 'string')
          problems.push(`${at}: ${key} must name a Person or Organization`);
      }
      break;
    case 'ClaimReview': {
      const rating = node['reviewRating'];
      if (
        !isObject(rating) ||
        rating['@type'] !== 'Rating' ||
        typeof rating['alternateName'] !== 'string'
      ) {
        problems.push(`${at}: reviewRating must be a Rating with the status as alternateName`);
      }
      const claim = node['itemReviewed'];
      if (!isObject(claim) || claim['@type'] !== 'Claim')
        problems.push(`${at}: itemReviewed must be a Claim`);
      else {
        if (list(claim['appearance']).length === 0)
          problems.push(`${at}: the Claim needs an appearance`);
        if (!isObject(claim['firstAppearance']))
          problems.push(`${at}: the Claim needs a firstAppearance`);
      }
      break;
    }
    case 'Dataset':
      for (const file of list(node['distribution'])) {
        if (
          !isObject(file) ||
          !isAbsoluteIri(file['contentUrl']) ||
          typeof file['encodingFormat'] !== 'string'
        ) {
          problems.push(
            `${at}: each distribution must be a DataDownload with contentUrl and encodingFormat`,
          );
        }
      }
      break;
  }
  return problems;
}
