import type { FastifyInstance } from 'fastify';

/**
 * Counts the HTTP requests this process is answering (not WebSocket connections, which stay open),
 * so that background work on the embedded database can let them go first.
 */
export function trackRequestsInFlight(app: FastifyInstance): () => number {
  let inFlight = 0;
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.headers.upgrade) {
      inFlight += 1;
      reply.raw.once('close', () => {
        inFlight -= 1;
      });
    }
    done();
  });
  return () => inFlight;
}
