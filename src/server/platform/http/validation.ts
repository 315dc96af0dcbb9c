import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import fastJson from 'fast-json-stringify';
import type { FastifyInstance } from 'fastify';
import { applyInputRule } from './input-rule.ts';

function makeAjv(options: Options) {
  const ajv = new Ajv({
    allErrors: false,
    removeAdditional: false,
    useDefaults: true,
    strict: false,
    ...options,
  });
  // biome-ignore lint/suspicious/noExplicitAny: ajv-formats' default export type differs between CJS and ESM builds
  (addFormats as any)(ajv);
  return ajv;
}

// Compiled once per schema object for the whole process (Ajv keeps what it compiled by schema object,
// the serializers are kept here): an app built again in the same process from the same route modules
// (the tests build one per file) reuses them, where compiling took two thirds of building the app.
const strict = makeAjv({ coerceTypes: false });
const coercing = makeAjv({ coerceTypes: 'array' });
const serializers = new WeakMap<object, (data: unknown) => string>();

/**
 * Bodies are validated strictly (a number is not a string; extra fields are rejected by each schema's
 * `additionalProperties: false`); query strings and params are coerced, since they arrive as text.
 */
export function registerValidation(app: FastifyInstance) {
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema) : coercing.compile(schema),
  );
  // What Fastify's default serializer compiler does (the app adds no shared schemas), kept per schema.
  app.setSerializerCompiler(({ schema }) => {
    let serialize = serializers.get(schema);
    if (!serialize) {
      serialize = fastJson(schema);
      serializers.set(schema, serialize);
    }
    return serialize;
  });
  // The API takes JSON (and, where a route says so, raw bytes): a text/plain body would be a string no
  // schema describes, so it is an unsupported media type (415) rather than a body to look into.
  app.removeContentTypeParser('text/plain');
  // One rule for every string that enters (input-text.ts): before validation, so a schema's limits
  // see the cleaned text, and before any handler, so no NUL or half an emoji reaches the database.
  app.addHook('preValidation', async (request) => {
    applyInputRule('params', request.params);
    applyInputRule('querystring', request.query);
    request.body = applyInputRule('body', request.body);
  });
}
