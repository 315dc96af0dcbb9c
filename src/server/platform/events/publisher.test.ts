import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestAppOnOwnPglite } from '../../test/test-app.ts';
import { newId } from '../db/ids.ts';
import type { DomainEvent } from './event.ts';
import { emit } from './outbox.ts';
import { outbox } from './tables.ts';

// Its own database on PGlite: rows other files left unpublished would be claimed first.
const t = await buildTestAppOnOwnPglite();

// Everything the bus carried during this file; other test files may publish on the same bus.
const carried: DomainEvent[] = [];
const unsubscribe = t.deps.bus.subscribe((event) => carried.push(event));
afterAll(() => unsubscribe());

const nobody = { kind: 'persons' as const, personIds: [] };
const tagged = (tag: string) => carried.filter((e) => e.payload.tag === tag);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await sleep(20);
  }
}

describe('outbox and publisher', () => {
  it('publishes nothing from a transaction that rolls back', async () => {
    const tag = newId();
    await expect(
      t.deps.db.transaction(async (tx) => {
        await emit(tx, { type: 'test.rolled-back', payload: { tag }, audience: nobody });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await t.deps.publisher.flush();
    // Longer than the test publisher's timer, so a stray row would have been published by now.
    await sleep(500);
    expect(tagged(tag)).toEqual([]);
    const rows = await t.deps.db.select().from(outbox).where(eq(outbox.type, 'test.rolled-back'));
    expect(rows.filter((r) => r.payload.tag === tag)).toEqual([]);
  });

  it('after commit and flush, the bus carries each event exactly once, in order', async () => {
    const tag = newId();
    await t.deps.db.transaction(async (tx) => {
      for (const n of [1, 2, 3]) await emit(tx, { type: 'test.ordered', payload: { tag, n }, audience: nobody });
    });
    await t.deps.db.transaction(async (tx) => {
      await emit(tx, { type: 'test.ordered', payload: { tag, n: 4 }, audience: nobody });
    });
    await t.deps.publisher.flush();
    // Another test file's publisher may have claimed the rows (on PostgreSQL); they arrive over the shared bus.
    await waitFor(() => (tagged(tag).length >= 4 ? true : undefined));
    await sleep(500);
    const events = tagged(tag);
    expect(events.map((e) => e.payload.n)).toEqual([1, 2, 3, 4]);
    expect(new Set(events.map((e) => e.id)).size).toBe(4);
    const positions = events.map((e) => e.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(events[0]).toMatchObject({ type: 'test.ordered', audience: nobody, createdAt: expect.any(String) });

    const rows = await t.deps.db
      .select()
      .from(outbox)
      .where(
        inArray(
          outbox.id,
          events.map((e) => e.id),
        ),
      );
    expect(rows.every((r) => r.publishedAt !== null)).toBe(true);
  });

  it('picks up rows nobody flushed on its timer', async () => {
    const tag = newId();
    await t.deps.db.transaction((tx) => emit(tx, { type: 'test.left-behind', payload: { tag }, audience: nobody }));
    const event = await waitFor(() => tagged(tag)[0], 3000);
    expect(event.type).toBe('test.left-behind');
  });
});
