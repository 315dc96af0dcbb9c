/**
 * The parts of an OpenAPI 3.1 document the API documentation page shows, and how it reads them:
 * operations grouped by tag, schemas described in words. The document is the server's own
 * (`GET /api/openapi.json`, generated from the routes' TypeBox schemas), so no $ref needs resolving.
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface MediaContent {
  schema?: JsonSchema;
}

export interface ApiResponse {
  description?: string;
  content?: Record<string, MediaContent>;
}

export interface RawOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaContent> };
  responses?: Record<string, ApiResponse>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Partial<Record<string, RawOperation>>>;
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

export interface Operation extends RawOperation {
  /** Unique in the document, usable as an HTML id: `get-api-organisations-id`. */
  id: string;
  method: Method;
  path: string;
}

export interface OperationGroup {
  tag: string;
  operations: Operation[];
}

/** An HTML id of letters, digits and hyphens. */
export function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Operations by their first tag, tags in alphabetical order, operations by path and then in the
 * order GET, POST, PUT, PATCH, DELETE. Operations without a tag come last under "other".
 */
export function groupOperations(doc: OpenApiDocument): OperationGroup[] {
  const groups = new Map<string, Operation[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const tag = raw.tags?.[0] ?? 'other';
      const operations = groups.get(tag) ?? [];
      operations.push({ ...raw, id: anchorOf(`${method} ${path}`), method, path });
      groups.set(tag, operations);
    }
  }
  const order = (tag: string) => (tag === 'other' ? '\uffff' : tag);
  return [...groups]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([tag, operations]) => ({
      tag,
      operations: operations.sort(
        (a, b) => a.path.localeCompare(b.path) || METHODS.indexOf(a.method) - METHODS.indexOf(b.method),
      ),
    }));
}

/** Whether an operation matches every word of a filter, in its path, summary, method or tag. */
export function matches(operation: Operation, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${operation.method} ${operation.path} ${operation.summary ?? ''} ${(operation.tags ?? []).join(' ')}`;
  return words.every((word) => text.toLowerCase().includes(word));
}

/** The words a schema is described in, in the interface language. */
export interface TypeWords {
  string: string;
  integer: string;
  number: string;
  boolean: string;
  object: string;
  null: string;
  any: string;
  listOf: (item: string) => string;
  oneOf: (values: string) => string;
  or: string;
}

const isNull = (schema: JsonSchema) => schema.type === 'null';

/** "Text (uuid)", "Liste von Ganzzahl", "Text oder null", "eines von: „a“, „b“". */
export function typeText(schema: JsonSchema, words: TypeWords): string {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const others = variants.filter((v) => !isNull(v)).map((v) => typeText(v, words));
    const texts = [...new Set(others)];
    if (variants.some(isNull)) texts.push(words.null);
    return texts.join(` ${words.or} `);
  }
  if (schema.allOf?.length === 1 && schema.allOf[0]) return typeText(schema.allOf[0], words);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return words.oneOf(schema.enum.map((value) => JSON.stringify(value)).join(', '));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return schema.properties ? words.object : words.any;
  return types
    .map((type) => {
      if (type === 'array') return words.listOf(schema.items ? typeText(schema.items, words) : words.any);
      const word = words[type as 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'null'] ?? type;
      return schema.format ? `${word} (${schema.format})` : word;
    })
    .join(` ${words.or} `);
}

export type Constraint =
  | { kind: 'length'; min?: number; max?: number }
  | { kind: 'range'; min?: number; max?: number }
  | { kind: 'items'; min?: number; max?: number }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'default'; value: string };

/** The limits a value must keep, for the page to word: lengths, ranges, list sizes, patterns, defaults. */
export function constraintsOf(schema: JsonSchema): Constraint[] {
  const found: Constraint[] = [];
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    found.push({ kind: 'length', min: schema.minLength, max: schema.maxLength });
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    found.push({ kind: 'range', min: schema.minimum, max: schema.maximum });
  if (schema.minItems !== undefined || schema.maxItems !== undefined)
    found.push({ kind: 'items', min: schema.minItems, max: schema.maxItems });
  if (schema.pattern) found.push({ kind: 'pattern', pattern: schema.pattern });
  if (schema.default !== undefined) found.push({ kind: 'default', value: JSON.stringify(schema.default) });
  return found;
}

/**
 * The object a schema's fields are listed from: the schema itself, the items of a list, or the one
 * object among "object or null".
 */
export function fieldsOf(schema: JsonSchema): JsonSchema | null {
  if (schema.properties) return schema;
  if (schema.items) return fieldsOf(schema.items);
  const variants = (schema.anyOf ?? schema.oneOf ?? []).filter((v) => !isNull(v));
  if (variants.length === 1 && variants[0]) return fieldsOf(variants[0]);
  return null;
}

/** Problem answers (4xx, 5xx) share one shape, explained once on the page. */
export function isProblem(status: string): boolean {
  return /^[45]/.test(status);
}
