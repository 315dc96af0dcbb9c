import { describe, expect, it } from 'vitest';
import {
  constraintsOf,
  fieldsOf,
  groupOperations,
  matches,
  type OpenApiDocument,
  type TypeWords,
  typeText,
} from './openapi.ts';

const words: TypeWords = {
  string: 'Text',
  integer: 'Ganzzahl',
  number: 'Zahl',
  boolean: 'Wahrheitswert',
  object: 'Objekt',
  null: 'null',
  any: 'beliebig',
  listOf: (item) => `Liste von ${item}`,
  oneOf: (values) => `eines von: ${values}`,
  or: 'oder',
};

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Allmende API', version: '1' },
  paths: {
    '/api/organisations/{id}': {
      patch: { tags: ['organisations'], summary: 'Edit' },
      get: { tags: ['organisations'], summary: 'Profile' },
    },
    '/api/atlas/cooperations': {
      post: { tags: ['atlas'], summary: 'Create a record' },
      get: { tags: ['atlas'], summary: 'Search published cooperations' },
    },
    '/api/health': { get: { summary: 'Health' } },
  },
};

describe('the OpenAPI document as the page shows it', () => {
  it('groups operations by tag, in order of path and method, untagged ones last', () => {
    const groups = groupOperations(doc);
    expect(groups.map((g) => g.tag)).toEqual(['atlas', 'organisations', 'other']);
    expect(groups[0]?.operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      'get /api/atlas/cooperations',
      'post /api/atlas/cooperations',
    ]);
    expect(groups[1]?.operations.map((o) => o.id)).toEqual(['get-api-organisations-id', 'patch-api-organisations-id']);
  });

  it('filters by every word of path, method, summary and tag', () => {
    const operations = groupOperations(doc).flatMap((g) => g.operations);
    expect(operations.filter((o) => matches(o, 'atlas POST')).map((o) => o.summary)).toEqual(['Create a record']);
    expect(operations.filter((o) => matches(o, '  ')).length).toBe(5);
    expect(operations.filter((o) => matches(o, 'nothing-like-this')).length).toBe(0);
  });

  it('describes types in words', () => {
    expect(typeText({ type: 'string', format: 'uuid' }, words)).toBe('Text (uuid)');
    expect(typeText({ anyOf: [{ type: 'string' }, { type: 'null' }] }, words)).toBe('Text oder null');
    expect(typeText({ type: 'array', items: { enum: ['01', '02'] } }, words)).toBe('Liste von eines von: "01", "02"');
    expect(typeText({ type: 'array', items: { type: 'object', properties: {} } }, words)).toBe('Liste von Objekt');
    expect(typeText({ const: 'verification-sent' }, words)).toBe('"verification-sent"');
    expect(typeText({}, words)).toBe('beliebig');
  });

  it('names the limits a value must keep', () => {
    expect(constraintsOf({ type: 'string', minLength: 1, maxLength: 200 })).toEqual([
      { kind: 'length', min: 1, max: 200 },
    ]);
    expect(constraintsOf({ type: 'integer', minimum: 1900, maximum: 2100, default: 2000 })).toEqual([
      { kind: 'range', min: 1900, max: 2100 },
      { kind: 'default', value: '2000' },
    ]);
    expect(constraintsOf({ type: 'array', maxItems: 30 })).toEqual([{ kind: 'items', min: undefined, max: 30 }]);
  });

  it('finds the fields of objects, lists of objects and objects that may be null', () => {
    const object = { type: 'object', properties: { id: { type: 'string' } } };
    expect(fieldsOf(object)).toBe(object);
    expect(fieldsOf({ type: 'array', items: object })).toBe(object);
    expect(fieldsOf({ anyOf: [{ type: 'null' }, object] })).toBe(object);
    expect(fieldsOf({ type: 'string' })).toBeNull();
  });
});
