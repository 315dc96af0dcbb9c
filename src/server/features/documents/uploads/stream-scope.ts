import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Registers routes whose body is a file of any declared type, handed to the handler as the request's
 * stream (never buffered: a 2 GB upload passes through in chunks). `bodyOf` gives that stream, or an
 * empty one for a request without a body.
 */
export async function streamingScope(
  fastify: FastifyInstance,
  routes: (scope: FastifyInstance) => void,
): Promise<void> {
  await fastify.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    routes(scope);
  });
}

/** The body stream of a request of a {@link streamingScope}. */
export function bodyOf(request: FastifyRequest): AsyncIterable<Uint8Array> {
  const body = request.body as AsyncIterable<Uint8Array> | undefined | null;
  if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') return body;
  return (async function* () {})();
}
