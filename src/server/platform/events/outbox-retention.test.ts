import type { AddressInfo } from 'node:net';
import { max } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { createPerson } from '../../test/factories.ts';
import { buildTestAppOnOwnPglite, TEST_ORIGIN } from '../../test/test-app.ts';
import { newId } from '../db/ids.ts';
import { emit } from './outbox.ts';
import { outboxRecovery } from './outbox-recovery.ts';
import { deletePublishedEventsBefore, outboxPrunedThrough } from './outbox-retention.ts';
import { outbox } from './tables.ts';
import { openSocket } from './ws-test-client.ts';

// Pruned events cannot be replayed: whoever resumes from before the highest pruned position is told to
// refetch. This notes a pruned position that every client of the database would resume from, so it
// runs only on a PGlite database of its own (not on the run's shared PostgreSQL database).
const ownDatabase = Boolean(inject('pgliteSnapshot'));

describe.runIf(ownDatabase)('the outbox after pruning', () => {
  it('sends a client that resumes from before the pruned events a resync, and one after them what it missed', async () => {
    const t = await buildTestAppOnOwnPglite();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    // Events of today first, so that the positions of the old rows below lie behind the sequence.
    for (let n = 0; n < 3; n += 1) {
      await t.deps.db.transaction((tx) =>
        emit(tx, { type: 'test.note', payload: {}, audience: { kind: 'persons', personIds: [] } }),
      );
    }
    await t.deps.publisher.flush();
    const low = 1;
    const old = [low, low + 1].map((position) => {
      const id = newId();
      return {
        id,
        position,
        type: 'retention.test',
        payload: {},
        audience: { kind: 'persons' as const, personIds: [] },
        createdAt: new Date('1989-01-01T00:00:00Z'),
        publishedAt: new Date('1989-01-01T00:00:01Z'),
      };
    });
    await t.deps.db.insert(outbox).values(old);
    expect(await deletePublishedEventsBefore(t.deps.db, new Date('1990-01-01T00:00:00Z'), 10)).toBeGreaterThanOrEqual(
      2,
    );
    expect(await outboxPrunedThrough(t.deps.db)).toBeGreaterThanOrEqual(low + 1);

    const recovery = outboxRecovery(t.deps.db);
    expect(await recovery.publishedSince(0, 3600, 5000)).toBeNull();

    const alice = await createPerson(t);
    const behind = await openSocket(base, { cookie: alice.cookie, origin: TEST_ORIGIN });
    behind.send({ type: 'resume', after: 0 });
    await behind.next((m) => m.type === 'resync');
    await behind.close();

    const [latest] = await t.deps.db.select({ position: max(outbox.position) }).from(outbox);
    const after = Number(latest?.position ?? 0);
    const marker = newId();
    await t.deps.db.transaction((tx) =>
      emit(tx, { type: 'test.note', payload: { tag: marker }, audience: { kind: 'persons', personIds: [alice.id] } }),
    );
    await t.deps.publisher.flush();
    expect(await recovery.publishedSince(after, 3600, 5000)).not.toBeNull();
    const current = await openSocket(base, { cookie: alice.cookie, origin: TEST_ORIGIN });
    current.send({ type: 'resume', after });
    await current.next((m) => m.tag === marker);
    expect(current.messages.some((m) => m.type === 'resync')).toBe(false);
    await current.close();
  });
});
