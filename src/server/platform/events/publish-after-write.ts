import type { FastifyInstance } from 'fastify';
import type { Publisher } from './publisher.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Publishes the events a successful write left in the outbox before its answer leaves: everyone
 * looking sees the change at once (not at the publisher's next round), and the writer's next read, in
 * any process, finds no cache that still holds what the write changed. A write that was refused left
 * nothing to publish.
 */
export function publishAfterWrites(app: FastifyInstance, publisher: Publisher): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (UNSAFE.has(request.method) && reply.statusCode < 400) await publisher.flush();
    return payload;
  });
}
