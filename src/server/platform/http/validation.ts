import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { Problem } from '../errors/problem.ts';

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
  // A lone surrogate (half an emoji) is valid JSON but cannot be stored as UTF-8: the database would
  // refuse it with an error the handler could only report as a 500.
  app.addHook('preValidation', async (request) => {
    if (!wellFormed(request.body) || !wellFormed(request.query) || !wellFormed(request.params)) {
      throw new Problem(400, 'validation', 'Invalid request', 'The request contains broken characters.', [
        { field: 'body:/', message: 'contains a broken character (lone surrogate)' },
      ]);
    }
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when every string in the value is well-formed UTF-16 (no lone surrogate halves). */
export function wellFormed(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (depth > 32 || value === null || typeof value !== 'object') return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    if (!wellFormed(item, depth + 1)) return false;
  }
  return true;
}
