// A valid value for a JSON schema of the OpenAPI document, so that a request with one field made
// hostile passes everything else and reaches as far into the handler as that field lets it.

/** The subset of JSON Schema the routes use (TypeBox output). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
}

/** Values for fields named like real things (IDs of the test's organisation, person, …), by name. */
export type KnownValues = (name: string) => unknown;

const PATTERN_CANDIDATES = [
  'beispiel',
  'beispiel-eins',
  '01',
  '01.1',
  'example.org',
  'https://example.org',
  '1234',
  'Beispiel',
  // A language tag, for the content routes' target and basis languages (pages are written in German).
  'en',
];

function exampleString(schema: JsonSchema, name: string): string {
  if (schema.format === 'email') return `bad-input-${name.toLowerCase()}@example.org`;
  if (schema.format === 'uri') return 'https://example.org/';
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fitted = (text: string) => text.padEnd(min, 'x').slice(0, max);
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const match = PATTERN_CANDIDATES.map(fitted).find((candidate) => pattern.test(candidate));
    if (match !== undefined) return match;
  }
  return fitted('Beispiel');
}

/** A value the schema accepts; fields whose name `known` recognises get that value instead. */
export function exampleOf(schema: JsonSchema, known: KnownValues, name = ''): unknown {
  const wanted = name ? known(name) : undefined;
  if (wanted !== undefined && (!schema.enum || schema.enum.includes(wanted))) return wanted;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.anyOf) {
    const option = schema.anyOf.find((o) => o.type !== 'null') ?? schema.anyOf[0];
    return option ? exampleOf(option, known, name) : null;
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      // The required fields, and optional ones the test has a real value for (an owner's ID).
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || known(key) !== undefined) value[key] = exampleOf(property, known, key);
      }
      return value;
    }
    case 'array': {
      const count = schema.minItems ?? 0;
      return Array.from({ length: count }, (_, i) => {
        const item = schema.items ? exampleOf(schema.items, known) : null;
        return typeof item === 'string' && count > 1 ? `${item}${i}` : item;
      });
    }
    case 'string':
      return exampleString(schema, name);
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'Beispiel';
  }
}
