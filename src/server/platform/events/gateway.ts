import websocket from '@fastify/websocket';
import { and, asc, gt, isNotNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { requirePrincipal } from '../auth/plugin.ts';
import type { Principal } from '../auth/session-store.ts';
import type { Db } from '../db/client.ts';
import { Problem } from '../errors/problem.ts';
import type { Bus } from './bus.ts';
import { type DomainEvent, eventOf } from './event.ts';
import { activeSessions } from './session-check.ts';
import { outbox } from './tables.ts';

/** Decides at delivery time whether a person may receive an event. */
export type CanReceive = (principal: Principal, event: DomainEvent) => Promise<boolean>;

/** How many missed events a reconnecting client is sent before it is told to refetch instead. */
export const REPLAY_LIMIT = 500;

/** How often open sockets are checked against their sessions (sign-out elsewhere, lock, expiry). */
export const SESSION_CHECK_MS = 30_000;

/** Close code sent when the socket's session has ended; the client should not reconnect without signing in. */
export const SESSION_ENDED = 4401;

declare module 'fastify' {
  interface FastifyInstance {
    realtime: {
      /** Closes sockets whose session has ended and refreshes the others' platform-admin flag. */
      checkSessions(): Promise<void>;
    };
  }
}

// Enough to cover one full replay plus the live events around it.
const SENT_MEMORY = 2 * REPLAY_LIMIT;

interface Client {
  socket: WebSocket;
  principal: Principal;
  /** Deliveries run one after another, so a client sees events in the order the bus carried them. */
  queue: Promise<void>;
  /** IDs of the events recently sent, so that a replay and the live stream never send one twice. */
  sent: Set<string>;
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
 * when that is more than the replay limit. When the session ends (sign-out, lock, expiry) the
 * socket is closed with code 4401 within `SESSION_CHECK_MS`.
 */
export async function registerRealtimeGateway(
  app: FastifyInstance,
  options: {
    db: Db;
    bus: Bus;
    canReceive: CanReceive;
    /** Origins whose pages may open the socket; a browser always sends Origin on a WebSocket handshake. */
    allowedOrigins?: string[];
  },
) {
  const clients = new Set<Client>();

  async function deliver(client: Client, event: DomainEvent) {
    try {
      if (client.socket.readyState !== client.socket.OPEN || client.sent.has(event.id)) return;
      if (await options.canReceive(client.principal, event)) {
        client.socket.send(toWire(event));
        remember(client, event.id);
      }
    } catch (err) {
      app.log.warn({ err }, 'realtime delivery failed');
    }
  }

  function remember(client: Client, id: string) {
    client.sent.add(id);
    if (client.sent.size > SENT_MEMORY) {
      const oldest = client.sent.values().next().value;
      if (oldest !== undefined) client.sent.delete(oldest);
    }
  }

  /** Runs a delivery step after the ones already queued for this client. */
  function enqueue(client: Client, step: () => Promise<void>) {
    client.queue = client.queue.then(step, step);
  }

  const unsubscribe = options.bus.subscribe((event) => {
    for (const client of clients) {
      enqueue(client, () => deliver(client, event));
    }
  });
  // A socket outlives the request that opened it: without this, signing out everywhere or a lock
  // would leave a stolen device receiving events.
  async function checkSessions() {
    if (clients.size === 0) return;
    const active = await activeSessions(options.db, [...new Set([...clients].map((c) => c.principal.sessionId))]);
    for (const client of clients) {
      const session = active.get(client.principal.sessionId);
      if (!session) {
        clients.delete(client);
        client.socket.close(SESSION_ENDED, 'session ended');
      } else if (session.isPlatformAdmin !== client.principal.isPlatformAdmin) {
        client.principal = { ...client.principal, isPlatformAdmin: session.isPlatformAdmin };
      }
    }
  }
  app.decorate('realtime', { checkSessions });
  const sessionTimer = setInterval(
    () => void checkSessions().catch((err) => app.log.warn({ err }, 'realtime session check failed')),
    SESSION_CHECK_MS,
  );
  sessionTimer.unref();

  app.addHook('onClose', async () => {
    clearInterval(sessionTimer);
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
      await deliver(client, eventOf(row));
    }
  }

  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get(
    '/api/realtime',
    {
      websocket: true,
      preValidation: async (request) => {
        // Cookies ride along on a cross-site handshake too; only our own pages may open the socket.
        const origin = request.headers.origin;
        if (origin && options.allowedOrigins && !options.allowedOrigins.includes(origin)) {
          throw new Problem(403, 'bad-origin', 'Cross-site request refused', `Origin ${origin} is not allowed.`);
        }
        requirePrincipal(request);
      },
      schema: { hide: true },
    },
    (socket, request) => {
      const client: Client = {
        socket,
        principal: requirePrincipal(request),
        queue: Promise.resolve(),
        sent: new Set(),
      };
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
        // `null` or a bare number is valid JSON too; reading a field of it would throw out of the listener.
        if (typeof message !== 'object' || message === null) message = {};
        if (message.type === 'resume' && typeof message.after === 'number' && Number.isInteger(message.after)) {
          const after = message.after;
          enqueue(client, () => replay(client, after).catch((err) => app.log.warn({ err }, 'replay failed')));
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
