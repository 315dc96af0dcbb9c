import websocket from '@fastify/websocket';
import { and, asc, gt, isNotNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { requirePrincipal } from '../auth/plugin.ts';
import type { Principal } from '../auth/session-store.ts';
import type { Db } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { Problem } from '../errors/problem.ts';
import { BUS_RECONNECTED, BUS_RESYNC, type Bus } from './bus.ts';
import { type DomainEvent, eventOf } from './event.ts';
import { type ClientMessage, parseClientMessage, type SignalFrame } from './gateway-messages.ts';
import { outboxPrunedThrough } from './outbox-retention.ts';
import { createPresenceTracker, type PresenceTracker } from './presence.ts';
import { createPresenceFanout } from './presence-fanout.ts';
import { createSessionGuard } from './session-check.ts';
import { outbox } from './tables.ts';

/**
 * Decides at delivery time whether a person may receive an event. It is asked for every event and
 * every open socket, so it should answer synchronously from a cache where it can.
 */
export type CanReceive = (principal: Principal, event: DomainEvent) => boolean | Promise<boolean>;

/** A socket as a feature's hook sees it: its ID (sent to the client in `hello`) and its owner. */
export interface SocketOwner {
  connectionId: string;
  principal: Principal;
}

/**
 * What a feature does with the frames only it understands, so the gateway keeps no feature's rules:
 * `signal` (WebRTC signalling; the hook checks the sender and publishes an event with `to`, which the
 * gateway delivers to that one socket if its owner may receive it) and a socket closing.
 */
export interface SocketHooks {
  signal?(owner: SocketOwner, frame: SignalFrame): Promise<void>;
  closed?(owner: SocketOwner): Promise<void>;
}

/** How many missed events a reconnecting client is sent before it is told to refetch instead. */
export const REPLAY_LIMIT = 500;

/** How often open sockets are checked against their sessions (sign-out elsewhere, lock, expiry). */
export const SESSION_CHECK_MS = 30_000;

/** Close code sent when the socket's session has ended; the client should not reconnect without signing in. */
export const SESSION_ENDED = 4401;

/** Close code for a client that does not keep up (its unsent backlog passed MAX_BACKLOG); it reconnects and resumes. */
export const TOO_SLOW = 4408;
const MAX_BACKLOG = 1024 * 1024;

/** Signalling frames a socket may send per second (a join costs about 20 per pair); more are dropped. */
export const SIGNALS_PER_SECOND = 50;

/** A person announces typing at most this often per channel; more is dropped. */
export const TYPING_INTERVAL_MS = 2000;

declare module 'fastify' {
  interface FastifyInstance {
    realtime: {
      /** Closes sockets whose session has ended and refreshes the others' platform-admin flag. */
      checkSessions(): Promise<void>;
      /** Who is online across the processes. */
      presence: PresenceTracker;
      /** How many sockets this process holds. */
      connections(): number;
      /** The IDs of the sockets this process holds (as sent in `hello`). */
      connectionIds(): string[];
    };
  }
}

// A replay and the live stream could send one event twice only around a (re)connection: the IDs sent
// are remembered for this long after connecting and after each replay, then forgotten (memory).
const SENT_WINDOW_MS = 5_000;

interface Client {
  id: string;
  socket: WebSocket;
  principal: Principal;
  /** Deliveries that must wait run one after another, so a client sees events in the order the bus carried them. */
  queue: Promise<void>;
  /** Steps queued and not yet done: while there are any, new events queue behind them. */
  pending: number;
  /** IDs of the events recently sent, while a replay may still overlap the live stream. */
  sent: Set<string> | null;
  sentUntil: number;
  lastTyping: Map<string, number>;
  announced: boolean;
  /** Token bucket of signalling frames: each costs the hook a few queries, so a flood is cut off here. */
  signalTokens: number;
  signalRefilledAt: number;
}

function toWire(event: DomainEvent): Buffer {
  // Ephemeral events (typing, presence) have no place in the outbox, hence no id or position to resume from.
  const envelope =
    event.position >= 0 ? { id: event.id, position: event.position, at: event.createdAt } : { at: event.createdAt };
  return Buffer.from(JSON.stringify({ ...event.payload, type: event.type, ...envelope }));
}

/** Events only the processes exchange (cache invalidation, presence between processes). */
const forNobody = (event: DomainEvent) => event.audience.kind === 'persons' && event.audience.personIds.length === 0;

/**
 * `GET /api/realtime`: an authenticated WebSocket. The server sends every event the person may see
 * as `{type, …payload, id, position, at}`. A client that reconnects sends
 * `{"type":"resume","after":<last position>}` and gets what it missed, or `{"type":"resync"}`
 * when that is more than the replay limit. When the session ends (sign-out, lock, expiry) the
 * socket is closed with code 4401 within a second (expiry: within `SESSION_CHECK_MS`). A frame that fails its
 * schema is answered with `{"type":"error","title"}`. Clients may send
 * `{"type":"typing","channelId"}` (passed on to the channel's readers, not stored) and
 * `{"type":"presence","status":"online"|"away"}`; presence changes of people who share a workspace
 * or conversation arrive as `{"type":"presence","statuses":[{personId,status}]}`. `{"type":"signal",…}` and
 * a socket closing go to the `hooks` (meetings); `hello` names the socket's `connectionId` for them.
 */
export async function registerRealtimeGateway(
  app: FastifyInstance,
  options: {
    db: Db;
    bus: Bus;
    canReceive: CanReceive;
    /** Origins whose pages may open the socket; a browser always sends Origin on a WebSocket handshake. */
    allowedOrigins?: string[];
    /** How often presence changes are sent out (ms). */
    presenceFlushMs?: number;
    /** The features' handling of signalling frames and closing sockets. */
    hooks?: SocketHooks;
  },
) {
  const clients = new Set<Client>();
  const warn = (err: unknown, msg: string) => app.log.warn({ err }, msg);
  let signalsDropped = 0;
  let droppedWarnedAt = 0;

  /** Whether the client may send one more signalling frame now (refilled continuously up to one second's worth). */
  function takeSignalToken(client: Client): boolean {
    const now = Date.now();
    client.signalTokens = Math.min(
      SIGNALS_PER_SECOND,
      client.signalTokens + ((now - client.signalRefilledAt) / 1000) * SIGNALS_PER_SECOND,
    );
    client.signalRefilledAt = now;
    if (client.signalTokens >= 1) {
      client.signalTokens -= 1;
      return true;
    }
    signalsDropped += 1;
    if (now - droppedWarnedAt > 60_000) {
      droppedWarnedAt = now;
      app.log.warn(
        { dropped: signalsDropped, personId: client.principal.personId },
        'signalling frames dropped (too many)',
      );
      signalsDropped = 0;
    }
    return false;
  }

  function send(client: Client, event: DomainEvent, wire: () => Buffer) {
    const socket = client.socket;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BACKLOG) {
      socket.close(TOO_SLOW, 'too slow');
      return;
    }
    socket.send(wire(), { binary: false });
    if (event.position >= 0) remember(client, event.id);
  }

  function skip(client: Client, event: DomainEvent): boolean {
    if (client.socket.readyState !== client.socket.OPEN) return true;
    if (event.senderId !== undefined && event.senderId === client.principal.personId) return true;
    if (event.to && (event.to.connectionId !== client.id || event.to.personId !== client.principal.personId))
      return true;
    return event.position >= 0 && client.sent !== null && client.sent.has(event.id);
  }

  function remember(client: Client, id: string) {
    if (!client.sent) return;
    if (Date.now() > client.sentUntil && client.pending === 0) {
      client.sent = null;
      return;
    }
    client.sent.add(id);
    if (client.sent.size > 2 * REPLAY_LIMIT) {
      const oldest = client.sent.values().next().value;
      if (oldest !== undefined) client.sent.delete(oldest);
    }
  }

  /** Runs a delivery step after the ones already queued for this client. */
  function enqueue(client: Client, step: () => Promise<void>) {
    client.pending += 1;
    const run = () =>
      step()
        .catch((err) => warn(err, 'realtime delivery failed'))
        .finally(() => {
          client.pending -= 1;
        });
    client.queue = client.queue.then(run, run);
  }

  /** Offers an event to a client: sent at once when the check answers from cache, otherwise in turn. */
  function offer(client: Client, event: DomainEvent, wire: () => Buffer) {
    if (client.pending > 0) {
      enqueue(client, async () => {
        if (!skip(client, event) && (await options.canReceive(client.principal, event))) send(client, event, wire);
      });
      return;
    }
    if (skip(client, event)) return;
    let verdict: boolean | Promise<boolean>;
    try {
      verdict = options.canReceive(client.principal, event);
    } catch (err) {
      warn(err, 'realtime delivery failed');
      return;
    }
    if (verdict === true) send(client, event, wire);
    else if (verdict !== false) {
      const later = verdict;
      enqueue(client, async () => {
        if ((await later) && !skip(client, event)) send(client, event, wire);
      });
    }
  }

  const unsubscribe = options.bus.subscribe((event) => {
    if (event.type === BUS_RECONNECTED) {
      // Sign-outs and locks announced while the bus was away were not heard here.
      guard.checkAll().catch((err) => warn(err, 'realtime session check failed'));
      return;
    }
    if (event.type === BUS_RESYNC) {
      for (const client of clients) client.socket.send(JSON.stringify({ type: 'resync' }));
      return;
    }
    if (forNobody(event)) return;
    let wire: Buffer | undefined;
    const once = () => {
      wire ??= toWire(event);
      return wire;
    };
    for (const client of clients) offer(client, event, once);
  });

  const fanout = createPresenceFanout({ canReceive: options.canReceive, clients: () => clients, warn });
  const presence = createPresenceTracker({
    bus: options.bus,
    flushMs: options.presenceFlushMs,
    onError: (err) => warn(err, 'presence could not be shared'),
    onChanges: (changes) => void fanout.broadcast(changes).catch((err) => warn(err, 'presence failed')),
  });

  // A socket outlives the request that opened it: without this, signing out everywhere or a lock
  // would leave a stolen device receiving events. Checked when the person changes (on any process: the
  // bus carries person.changed), after the bus reconnects, and every SESSION_CHECK_MS for expiry.
  const guard = createSessionGuard({
    db: options.db,
    clients: () => clients,
    ended(client) {
      clients.delete(client);
      client.socket.close(SESSION_ENDED, 'session ended');
    },
    refreshed(client, isPlatformAdmin) {
      client.principal = { ...client.principal, isPlatformAdmin };
    },
    warn,
  });
  const checkSessions = guard.checkAll;
  app.personChanges.subscribe((personId) => {
    if (personId !== null) guard.checkPeople([personId]);
  });
  app.decorate('realtime', {
    checkSessions,
    presence,
    connections: () => clients.size,
    connectionIds: () => [...clients].map((client) => client.id),
  });
  const sessionTimer = setInterval(
    () => void checkSessions().catch((err) => warn(err, 'realtime session check failed')),
    SESSION_CHECK_MS,
  );
  sessionTimer.unref();

  app.addHook('onClose', async () => {
    clearInterval(sessionTimer);
    unsubscribe();
    presence.close();
    for (const client of clients) client.socket.close(1001, 'server shutting down');
  });

  async function replay(client: Client, after: number) {
    client.sent ??= new Set();
    const rows = await options.db
      .select()
      .from(outbox)
      .where(and(gt(outbox.position, after), isNotNull(outbox.publishedAt)))
      .orderBy(asc(outbox.position))
      .limit(REPLAY_LIMIT + 1);
    // Events after `after` may have been pruned (see Retention): then only a refetch is complete.
    const prunedThrough = await outboxPrunedThrough(options.db);
    if (rows.length > REPLAY_LIMIT || (prunedThrough !== null && after < prunedThrough)) {
      client.socket.send(JSON.stringify({ type: 'resync' }));
    } else {
      for (const row of rows) {
        const event = eventOf(row);
        if (!skip(client, event) && (await options.canReceive(client.principal, event))) {
          send(client, event, () => toWire(event));
        }
      }
    }
    client.sentUntil = Date.now() + SENT_WINDOW_MS;
  }

  async function typing(client: Client, channelId: string) {
    const now = Date.now();
    if (now - (client.lastTyping.get(channelId) ?? 0) < TYPING_INTERVAL_MS) return;
    if (client.lastTyping.size > 50) client.lastTyping.clear();
    client.lastTyping.set(channelId, now);
    const { personId, name } = client.principal;
    const event: DomainEvent = {
      id: newId(),
      position: -1,
      type: 'typing',
      payload: { channelId, personId, name },
      audience: { kind: 'channel', channelId },
      createdAt: new Date().toISOString(),
      senderId: personId,
    };
    // Only someone who reads the channel may say they are typing in it; others are ignored without a word.
    if (await options.canReceive(client.principal, event)) await options.bus.publish(event);
  }

  function handle(client: Client, message: ClientMessage) {
    const socket = client.socket;
    switch (message.type) {
      case 'resume':
        enqueue(client, () => replay(client, message.after));
        return;
      case 'ping':
        socket.send(JSON.stringify({ type: 'pong' }));
        return;
      case 'typing':
        typing(client, message.channelId).catch((err) => warn(err, 'typing failed'));
        return;
      case 'presence':
        presence.setStatus(client.principal.personId, client.id, message.status);
        // The first word from a client earns it the picture of who is there now.
        if (!client.announced) {
          client.announced = true;
          void fanout.snapshot(client, presence.present()).catch((err) => warn(err, 'presence failed'));
        }
        return;
      case 'signal':
        // Without a hook nobody signals; a hook that refuses (not in the meeting, channel unreadable) says nothing.
        if (!takeSignalToken(client)) return;
        options.hooks
          ?.signal?.({ connectionId: client.id, principal: client.principal }, message)
          .catch((err) => warn(err, 'signal failed'));
        return;
      case 'invalid':
        socket.send(JSON.stringify({ type: 'error', title: message.title }));
    }
  }

  await app.register(websocket, {
    options: { maxPayload: 64 * 1024 },
    // A client that breaks the protocol (an oversize frame, bad UTF-8) is closed; it is no error of ours,
    // and at error level any client could flood the log.
    errorHandler(error, socket, request) {
      const code = (error as { code?: string }).code;
      if (code?.startsWith('WS_ERR_'))
        request.log.info({ code, message: error.message }, 'realtime client broke the protocol');
      else request.log.warn({ err: error }, 'realtime socket failed');
      socket.terminate();
    },
  });
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
        id: newId(),
        socket,
        principal: requirePrincipal(request),
        queue: Promise.resolve(),
        pending: 0,
        sent: new Set(),
        sentUntil: Date.now() + SENT_WINDOW_MS,
        lastTyping: new Map(),
        announced: false,
        signalTokens: SIGNALS_PER_SECOND,
        signalRefilledAt: Date.now(),
      };
      clients.add(client);
      presence.connected(client.principal.personId, client.id);
      fanout.warm(client);
      socket.send(JSON.stringify({ type: 'hello', personId: client.principal.personId, connectionId: client.id }));
      socket.on('message', (data) => handle(client, parseClientMessage(String(data))));
      socket.on('close', () => {
        clients.delete(client);
        presence.disconnected(client.principal.personId, client.id);
        options.hooks
          ?.closed?.({ connectionId: client.id, principal: client.principal })
          .catch((err) => warn(err, 'socket close hook failed'));
      });
    },
  );
}
