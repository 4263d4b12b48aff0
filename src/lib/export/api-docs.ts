/**
 * The /data/ page's description of each JSON API file, generated from the
 * same Zod schemas the files are checked against, so the documentation
 * cannot drift from the data.
 */
import { z } from 'zod';
import { apiSchemas, type ApiName } from './api.ts';

/** One field of an API item, for the documentation table. */
export interface FieldRow {
  /** Dotted path from the item, e.g. `outlet.name` or `evidence.supports[].url`. */
  path: string;
  /** JSON type(s), e.g. `string`, `string | null`, `array of string`. */
  type: string;
  /** What the field holds. */
  description: string;
}

interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
}

function typeOf(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeOf).join(' | ');
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.type === 'array') return `array of ${node.items ? typeOf(node.items) : 'any'}`;
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return node.type ?? 'any';
}

function walk(node: JsonSchemaNode, prefix: string, rows: FieldRow[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${key}`;
    const objectChild = child.anyOf?.find((c) => c.type === 'object') ?? child;
    rows.push({ path, type: typeOf(child), description: child.description ?? '' });
    if (objectChild.type === 'object') walk(objectChild, `${path}.`, rows);
    if (child.type === 'array' && child.items?.type === 'object')
      walk(child.items, `${path}[].`, rows);
  }
}

/** The fields of one item of `/api/<name>.json`, depth first, with types and descriptions. */
export function apiFieldRows(name: ApiName): FieldRow[] {
  const schema = z.toJSONSchema(apiSchemas[name]) as JsonSchemaNode;
  const items = schema.properties?.['items']?.items;
  const rows: FieldRow[] = [];
  if (items) walk(items, '', rows);
  return rows;
}
