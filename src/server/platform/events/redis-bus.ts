import { LRUCache } from 'lru-cache';
import { BUS_RECONNECTED, BUS_RESYNC, type Bus, busSignal, createInProcessBus } from './bus.ts';
import type { DomainEvent } from './event.ts';
import type { BusRecovery } from './outbox-recovery.ts';

export interface BusLog {
  warn(obj: object, message: string): void;
  info(obj: object, message: string): void;
}

export interface RedisBusOptions {
  /** The pub/sub channel every process of one platform shares. */
  channel?: string;
  /** Where missed events are read back after a lost connection; without it they are lost. */
  recovery?: BusRecovery;
  /** Told once per outage, when it ends, and of failures the bus recovers from by itself. */
  log?: BusLog;
  /** How often an idle subscription proves it is alive (ms). */
  pingMs?: number;
  /** A second catch-up this long after reconnecting, for events whose transactions were still committing (ms). */
  settleMs?: number;
}

/** More missed events than this are not replayed: every client is told to refetch. */
export const CATCH_UP_LIMIT = 5000;
// Events committed out of position order (a long transaction) are still found this far below the
// highest position seen; the published_at bound keeps the scan to the outage.
const POSITION_SLACK = 10_000;
// Added to the outage's length: the publisher's clock is the database's, and its transaction started
// a moment before it published.
const MARGIN_SECONDS = 10;
// Publishing holds the outbox rows locked; a Redis that does not answer must not hold them long.
const COMMAND_TIMEOUT_MS = 2000;

/**
 * Redis pub/sub: every process publishes to one channel and hears every other process. Pub/sub keeps
 * nothing for a subscriber that is away, so after a lost connection the bus tells this process's
 * subscribers `BUS_RECONNECTED` and catches up from the outbox (twice: at once and after `settleMs`),
 * delivering each event once by its ID; when more were missed than `CATCH_UP_LIMIT`, it says `BUS_RESYNC`.
 */
export async function createRedisBus(url: string, options: RedisBusOptions = {}): Promise<Bus> {
  // Loaded only when Redis is configured, which keeps the single-process start fast.
  const { Redis } = await import('ioredis');
  const channel = options.channel ?? 'allmende:events';
  const log = options.log ?? { warn: () => {}, info: () => {} };
  const publisher = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    commandTimeout: COMMAND_TIMEOUT_MS,
  });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  let outage = false;
  for (const client of [publisher, subscriber]) {
    client.on('error', (err) => {
      if (outage) return;
      log.warn({ err }, 'Redis connection failed; reconnecting');
    });
  }
  await Promise.all([publisher.connect(), subscriber.connect()]);

  const local = createInProcessBus();
  const seen = new LRUCache<string, true>({ max: 4 * CATCH_UP_LIMIT });
  let highest = (await options.recovery?.latestPosition()) ?? 0;
  let lastHealthy = Date.now();
  let closing = false;
  const timers = new Set<NodeJS.Timeout>();

  function deliver(event: DomainEvent) {
    if (event.position >= 0) {
      // A command resent after a reconnect, or an event both heard and caught up: once is enough.
      if (seen.has(event.id)) return;
      seen.set(event.id, true);
      if (event.position > highest) highest = event.position;
    }
    void local.publish(event);
  }

  subscriber.on('message', (_channel: string, message: string) => {
    lastHealthy = Date.now();
    let event: DomainEvent;
    try {
      event = JSON.parse(message) as DomainEvent;
    } catch {
      // Not one of ours: a throw here would escape into the Redis client's reader.
      return;
    }
    deliver(event);
  });

  let lostAt: { healthy: number; position: number } | null = null;
  subscriber.on('close', () => {
    if (closing || lostAt) return;
    outage = true;
    lostAt = { healthy: lastHealthy, position: highest };
  });
  subscriber.on('ready', () => {
    if (!lostAt) return;
    const from = lostAt;
    lostAt = null;
    outage = false;
    log.info({}, 'Redis connection is back; catching up from the outbox');
    void local.publish(busSignal(BUS_RECONNECTED));
    void catchUp(from);
    later(() => void catchUp(from), options.settleMs ?? 3000);
  });

  async function catchUp(from: { healthy: number; position: number }) {
    const recovery = options.recovery;
    if (!recovery || closing) return;
    try {
      const seconds = (Date.now() - from.healthy) / 1000 + MARGIN_SECONDS;
      const events = await recovery.publishedSince(from.position - POSITION_SLACK, seconds, CATCH_UP_LIMIT);
      if (events === null) void local.publish(busSignal(BUS_RESYNC));
      else for (const event of events) deliver(event);
    } catch (err) {
      // Without the catch-up the clients may miss events: they must refetch.
      log.warn({ err }, 'catching up from the outbox failed');
      void local.publish(busSignal(BUS_RESYNC));
    }
  }

  function later(run: () => void, ms: number) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    timers.add(timer);
  }

  // A cut that closes no socket is noticed only by silence; an answered ping proves the subscription
  // was alive then, which bounds how far back a catch-up must look.
  const ping = setInterval(() => {
    if (subscriber.status !== 'ready') return;
    subscriber.ping().then(
      () => {
        lastHealthy = Date.now();
      },
      () => {},
    );
  }, options.pingMs ?? 5000);
  ping.unref();

  await subscriber.subscribe(channel);
  return {
    kind: 'redis',
    async publish(event) {
      // While Redis is away, fail at once: the outbox keeps the event and the publisher's timer tries
      // again, instead of every request that flushes waiting for the command timeout.
      if (publisher.status !== 'ready') throw new Error(`Redis is not connected (${publisher.status})`);
      await publisher.publish(channel, JSON.stringify(event));
    },
    subscribe: local.subscribe,
    async close() {
      closing = true;
      clearInterval(ping);
      for (const timer of timers) clearTimeout(timer);
      await local.close();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
