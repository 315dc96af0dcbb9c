import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HeaderList } from '../http/security-headers.ts';
import { type FieldError, Problem, TooManyRequests } from './problem.ts';
import { isServiceOutage, OUTAGE_RETRY_AFTER_SECONDS } from './service-outage.ts';
import { isWriteConflict } from './write-conflict.ts';

const PROBLEM_BASE = '/problems/';
export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** The RFC 9457 body of a problem, as text; `instance` is the path it answers, when known. */
export function problemJson(problem: Problem, instance?: string): string {
  const body: Record<string, unknown> = {
    type: `${PROBLEM_BASE}${problem.type}`,
    title: problem.title,
    status: problem.status,
  };
  if (instance !== undefined) body.instance = instance;
  if (problem.detail) body.detail = problem.detail;
  if (problem.errors?.length) body.errors = problem.errors;
  for (const [name, value] of Object.entries(problem.extensions ?? {})) if (!(name in body)) body[name] = value;
  return JSON.stringify(body);
}

/**
 * Answers a request with a problem and the security headers. The headers are set here as well as
 * in the request hook, since some errors are answered before (or without) the hooks running.
 */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem, headers: HeaderList = []) {
  for (const [name, value] of headers) reply.header(name, value);
  return reply
    .status(problem.status)
    .type(PROBLEM_JSON)
    .send(problemJson(problem, request.url.split('?')[0]));
}

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

function fieldErrors(validation: AjvError[], context: string | undefined): FieldError[] {
  return validation.map((e) => {
    let field = e.instancePath || '';
    if (e.keyword === 'required') field += `/${String(e.params.missingProperty)}`;
    if (e.keyword === 'additionalProperties') field += `/${String(e.params.additionalProperty)}`;
    const message = e.keyword === 'additionalProperties' ? 'is not allowed' : (e.message ?? 'is invalid');
    return { field: `${context ?? 'body'}:${field || '/'}`, message };
  });
}

/** Maps Fastify's and our own errors to problem+json; unexpected errors become a bare 500. */
export function registerErrorHandling(
  app: FastifyInstance,
  options: { spaIndex?: string | undefined; headers?: HeaderList } = {},
) {
  const send = (reply: FastifyReply, request: FastifyRequest, problem: Problem) =>
    sendProblem(reply, request, problem, options.headers);
  app.setErrorHandler((error: FastifyError | Problem, request, reply) => {
    if (error instanceof TooManyRequests) reply.header('retry-after', String(error.retryAfterSeconds));
    if (error instanceof Problem) return send(reply, request, error);
    const err = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
    if (err.validation) {
      return send(
        reply,
        request,
        new Problem(
          400,
          'validation',
          'Invalid request',
          undefined,
          fieldErrors(err.validation, err.validationContext),
        ),
      );
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return send(reply, request, new Problem(429, 'rate-limited', 'Too many requests', 'Please wait and try again.'));
    }
    if (status >= 400 && status < 500) {
      const type =
        err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'malformed-json'
          : err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'too-large'
            : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
              ? 'unsupported-media-type'
              : 'bad-request';
      return send(reply, request, new Problem(status, type, err.message));
    }
    if (isWriteConflict(err)) {
      // Another request changed the same thing at the same moment; sent again, it gets the feature's own answer.
      request.log.info({ err }, 'write conflict with a concurrent request');
      return send(
        reply,
        request,
        new Problem(
          409,
          'concurrent-change',
          'Changed at the same time',
          'Another request changed the same data at the same moment; please try again.',
        ),
      );
    }
    if (isServiceOutage(err)) {
      // The database is restarting or out of reach: trying again in a moment helps (safely, with an idempotency key).
      request.log.warn({ err }, 'a backing service is unavailable');
      reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
      return send(
        reply,
        request,
        new Problem(503, 'service-unavailable', 'Service unavailable', 'Please try again in a few seconds.'),
      );
    }
    request.log.error({ err }, 'unexpected error');
    return send(reply, request, new Problem(500, 'internal', 'Internal server error'));
  });

  app.setNotFoundHandler((request, reply) => {
    // The web app owns every GET path outside /api: its router shows the page (or its own 404).
    if (options.spaIndex && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply.type('text/html; charset=utf-8').sendFile(options.spaIndex);
    }
    return send(
      reply,
      request,
      new Problem(404, 'not-found', 'No such route', `${request.method} ${request.url.split('?')[0]}`),
    );
  });
}
