import websocket from '@fastify/websocket';
import { and, asc, gt, isNotNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { requirePrincipal } from '../auth/plugin.ts';
import type { Principal } from '../auth/session-store.ts';
import type { Db } from '../db/client.ts';
import type { Bus } from './bus.ts';
import type { DomainEvent } from './event.ts';
import { outbox } from './tables.ts';

/** Decides at delivery time whether a person may receive an event. */
export type CanReceive = (principal: Principal, event: DomainEvent) => Promise<boolean>;

/** How many missed events a reconnecting client is sent before it is told to refetch instead. */
export const REPLAY_LIMIT = 500;

interface Client {
  socket: WebSocket;
  principal: Principal;
}

function toWire(event: DomainEvent) {
  return JSON.stringify({
    ...event.payload,
    type: event.type,
    id: event.id,
    position: event.position,
    at: event.createdAt,
  });
}

/**
 * `GET /api/realtime`: an authenticated WebSocket. The server sends every event the person may see
 * as `{type, …payload, id, position, at}`. A client that reconnects sends
 * `{"type":"resume","after":<last position>}` and gets what it missed, or `{"type":"resync"}`
 * when that is more than the replay limit.
 */
export async function registerRealtimeGateway(
  app: FastifyInstance,
  options: { db: Db; bus: Bus; canReceive: CanReceive },
) {
  const clients = new Set<Client>();

  async function deliver(client: Client, event: DomainEvent) {
    try {
      if (client.socket.readyState !== client.socket.OPEN) return;
      if (await options.canReceive(client.principal, event)) client.socket.send(toWire(event));
    } catch (err) {
      app.log.warn({ err }, 'realtime delivery failed');
    }
  }

  const unsubscribe = options.bus.subscribe((event) => {
    for (const client of clients) void deliver(client, event);
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    for (const client of clients) client.socket.close(1001, 'server shutting down');
  });

  async function replay(client: Client, after: number) {
    const rows = await options.db
      .select()
      .from(outbox)
      .where(and(gt(outbox.position, after), isNotNull(outbox.publishedAt)))
      .orderBy(asc(outbox.position))
      .limit(REPLAY_LIMIT + 1);
    if (rows.length > REPLAY_LIMIT) {
      client.socket.send(JSON.stringify({ type: 'resync' }));
      return;
    }
    for (const row of rows) {
      await deliver(client, {
        id: row.id,
        position: row.position,
        type: row.type,
        payload: row.payload,
        audience: row.audience,
        createdAt: row.createdAt.toISOString(),
      });
    }
  }

  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get(
    '/api/realtime',
    {
      websocket: true,
      preValidation: async (request) => {
        requirePrincipal(request);
      },
      schema: { hide: true },
    },
    (socket, request) => {
      const client: Client = { socket, principal: requirePrincipal(request) };
      clients.add(client);
      socket.send(JSON.stringify({ type: 'hello', personId: client.principal.personId }));
      socket.on('message', (data) => {
        let message: { type?: unknown; after?: unknown };
        try {
          message = JSON.parse(String(data));
        } catch {
          socket.send(JSON.stringify({ type: 'error', title: 'Malformed JSON' }));
          return;
        }
        if (message.type === 'resume' && typeof message.after === 'number' && Number.isInteger(message.after)) {
          void replay(client, message.after).catch((err) => app.log.warn({ err }, 'replay failed'));
        } else if (message.type === 'ping') {
          socket.send(JSON.stringify({ type: 'pong' }));
        } else {
          socket.send(JSON.stringify({ type: 'error', title: 'Unknown message type' }));
        }
      });
      socket.on('close', () => clients.delete(client));
    },
  );
}
