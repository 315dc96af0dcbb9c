import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
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

/**
 * Bodies are validated strictly (a number is not a string; extra fields are rejected by each schema's
 * `additionalProperties: false`); query strings and params are coerced, since they arrive as text.
 */
export function registerValidation(app: FastifyInstance) {
  const strict = makeAjv({ coerceTypes: false });
  const coercing = makeAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema) : coercing.compile(schema),
  );
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
