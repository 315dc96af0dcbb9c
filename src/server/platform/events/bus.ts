import { EventEmitter } from 'node:events';
import type { DomainEvent } from './event.ts';

/** Carries published events to every subscriber in every server process. */
export interface Bus {
  publish(event: DomainEvent): Promise<void>;
  subscribe(handler: (event: DomainEvent) => void): () => void;
  close(): Promise<void>;
  readonly kind: 'in-process' | 'redis';
}

/**
 * Told to this process's subscribers (never to clients, never over Redis) when the bus got its
 * connection back after losing it: messages sent meanwhile that are not in the outbox (a person's
 * cached session changed, presence) may be lost, so caches forget everything and sessions are checked.
 */
export const BUS_RECONNECTED = 'bus.reconnected';

/** Told to this process's subscribers when more events were missed than can be caught up: clients refetch. */
export const BUS_RESYNC = 'bus.resync';

/** An event of this process's bus about the bus itself (`BUS_RECONNECTED`, `BUS_RESYNC`). */
export function busSignal(type: typeof BUS_RECONNECTED | typeof BUS_RESYNC): DomainEvent {
  return {
    id: `${type}:${Date.now()}`,
    position: -1,
    type,
    payload: {},
    audience: { kind: 'persons', personIds: [] },
    createdAt: new Date().toISOString(),
  };
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
