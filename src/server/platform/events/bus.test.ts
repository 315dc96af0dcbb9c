import { describe, expect, it } from 'vitest';
import { newId } from '../db/ids.ts';
import { createInProcessBus } from './bus.ts';
import type { DomainEvent } from './event.ts';
import { createRedisBus } from './redis-bus.ts';

function event(type = 'test.bus'): DomainEvent {
  return {
    id: newId(),
    position: 1,
    type,
    payload: { n: 1 },
    audience: { kind: 'platform-admins' },
    createdAt: new Date().toISOString(),
  };
}

function collector(timeoutMs = 3000) {
  const received: DomainEvent[] = [];
  const waiters: Array<() => void> = [];
  return {
    received,
    handler(e: DomainEvent) {
      received.push(e);
      for (const wake of waiters.splice(0)) wake();
    },
    async until(count: number) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`got ${received.length} of ${count} events`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
  };
}

describe('in-process bus', () => {
  it('delivers to every subscriber until it unsubscribes', async () => {
    const bus = createInProcessBus();
    const a = collector();
    const b = collector();
    const stopA = bus.subscribe(a.handler);
    bus.subscribe(b.handler);
    const first = event();
    await bus.publish(first);
    stopA();
    const second = event();
    await bus.publish(second);
    expect(a.received).toEqual([first]);
    expect(b.received).toEqual([first, second]);
    await bus.close();
  });
});

// Redis is a service the default test run does without; CI sets REDIS_URL to run these too.
describe.skipIf(!process.env.REDIS_URL)('Redis bus', () => {
  const url = process.env.REDIS_URL as string;
  const channel = () => `allmende:test:bus:${newId()}`;

  it('delivers what it publishes to its own subscribers', async () => {
    const bus = await createRedisBus(url, { channel: channel() });
    const seen = collector();
    bus.subscribe(seen.handler);
    const sent = event();
    await bus.publish(sent);
    expect(await seen.until(1)).toEqual([sent]);
    await bus.close();
  });

  it('carries events between two processes on one channel', async () => {
    const name = channel();
    const one = await createRedisBus(url, { channel: name });
    const two = await createRedisBus(url, { channel: name });
    const elsewhere = await createRedisBus(url, { channel: channel() });
    const atOne = collector();
    const atTwo = collector();
    const atElsewhere = collector();
    one.subscribe(atOne.handler);
    two.subscribe(atTwo.handler);
    elsewhere.subscribe(atElsewhere.handler);
    const sent = [event('test.first'), event('test.second')];
    for (const e of sent) await one.publish(e);
    expect(await atTwo.until(2)).toEqual(sent);
    expect(await atOne.until(2)).toEqual(sent);
    expect(atElsewhere.received).toEqual([]);
    await Promise.all([one.close(), two.close(), elsewhere.close()]);
  });
});
