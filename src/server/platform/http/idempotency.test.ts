import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPerson, unique } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { Problem } from '../errors/problem.ts';
import { type IdempotencyKey, pruneIdempotencyKeys, writeOnce } from './idempotency.ts';
import { idempotencyKeys } from './idempotency-tables.ts';

const t = await buildTestApp();
const { db } = t.deps;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function keyOf(fingerprint = 'f1'): Promise<IdempotencyKey> {
  const person = await createPerson(t);
  return { personId: person.id, route: 'POST /api/test', key: unique('key'), fingerprint };
}

const rowOf = (key: IdempotencyKey) =>
  db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.personId, key.personId), eq(idempotencyKeys.key, key.key)));

describe('writeOnce', () => {
  it('stores the answer with the write and gives it to a repeat without writing again', async () => {
    const key = await keyOf();
    let writes = 0;
    const write = async () => ({ n: ++writes });
    expect(await writeOnce(db, key, 200, write)).toEqual({ status: 200, body: { n: 1 }, replayed: false });
    expect(await writeOnce(db, key, 200, write)).toEqual({ status: 200, body: { n: 1 }, replayed: true });
    expect(writes).toBe(1);
    expect(await writeOnce(db, null, 200, write)).toEqual({ status: 200, body: { n: 2 }, replayed: false });
  });

  it('makes a request with the same key wait for the first one and answers it with the first’s answer', async () => {
    const key = await keyOf();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      started = resolve;
    });
    let writes = 0;
    const first = writeOnce(db, key, 201, async () => {
      writes += 1;
      started();
      await gate;
      return { from: 'first' };
    });
    await inside;
    const second = writeOnce(db, key, 201, async () => {
      writes += 1;
      return { from: 'second' };
    });
    // The second has reached the key (and waits on it) before the first commits.
    await sleep(100);
    release();
    expect(await first).toEqual({ status: 201, body: { from: 'first' }, replayed: false });
    expect(await second).toEqual({ status: 201, body: { from: 'first' }, replayed: true });
    expect(writes).toBe(1);
  });

  it('frees the key when the write fails, and refuses it for another request (422)', async () => {
    const key = await keyOf('f1');
    await expect(
      writeOnce(db, key, 201, async () => {
        throw new Problem(404, 'not-found', 'Gone');
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await rowOf(key)).toEqual([]);
    await writeOnce(db, { ...key, fingerprint: 'f2' }, 201, async () => 'stored');
    await expect(writeOnce(db, key, 201, async () => 'never')).rejects.toMatchObject({
      status: 422,
      type: 'idempotency-key-reused',
    });
  });

  it('honours a key for a day: an older one is taken afresh, and pruning deletes it', async () => {
    const key = await keyOf('f1');
    await writeOnce(db, key, 201, async () => 'yesterday');
    await db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, key.key));
    const fresh = await writeOnce(db, { ...key, fingerprint: 'f2' }, 201, async () => 'today');
    expect(fresh).toEqual({ status: 201, body: 'today', replayed: false });

    const old = await keyOf();
    await writeOnce(db, old, 201, async () => 'old');
    await db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, old.key));
    expect(await pruneIdempotencyKeys(db)).toBeGreaterThanOrEqual(1);
    expect(await rowOf(old)).toEqual([]);
    expect(await rowOf(key)).toHaveLength(1);
  });
});
