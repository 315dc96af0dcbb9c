import { EventEmitter } from 'node:events';
import type { DomainEvent } from './event.ts';

/** Carries published events to every subscriber in every server process. */
export interface Bus {
  publish(event: DomainEvent): Promise<void>;
  subscribe(handler: (event: DomainEvent) => void): () => void;
  close(): Promise<void>;
  readonly kind: 'in-process' | 'redis';
}

/** The bus of a single process. */
export function createInProcessBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    kind: 'in-process',
    async publish(event) {
      emitter.emit('event', event);
    },
    subscribe(handler) {
      emitter.on('event', handler);
      return () => emitter.off('event', handler);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** Redis pub/sub: every process publishes to one channel and hears every other process. */
export async function createRedisBus(url: string, channel = 'allmende:events'): Promise<Bus> {
  // Loaded only when Redis is configured, which keeps the single-process start fast.
  const { Redis } = await import('ioredis');
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const local = createInProcessBus();
  subscriber.on('message', (_channel: string, message: string) => {
    let event: DomainEvent;
    try {
      event = JSON.parse(message) as DomainEvent;
    } catch {
      // Not one of ours: a throw here would escape into the Redis client's reader.
      return;
    }
    void local.publish(event);
  });
  await subscriber.subscribe(channel);
  return {
    kind: 'redis',
    async publish(event) {
      await publisher.publish(channel, JSON.stringify(event));
    },
    subscribe: local.subscribe,
    async close() {
      await local.close();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
