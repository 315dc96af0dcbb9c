import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox } from '../../platform/events/tables.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { isAppPath, notify } from './notify.ts';

const t = await buildTestApp();

describe('notify', () => {
  it('gives each person one notification and announces it to that person alone', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    const ids = await t.deps.db.transaction((tx) =>
      notify(tx, [anna.id, ben.id, anna.id], { kind: 'join-request', data: { actorName: 'C' }, link: '/w/x' }),
    );
    expect(ids).toHaveLength(2);
    const events = await t.deps.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.type, 'notification.created'), sql`${outbox.payload}->'notification'->>'id' = ${ids[0]}`));
    expect(events).toHaveLength(1);
    expect(events[0]?.audience).toEqual({ kind: 'persons', personIds: [anna.id] });
    expect(events[0]?.payload).toMatchObject({
      notification: { kind: 'join-request', link: '/w/x', readAt: null, createdAt: expect.any(String) },
    });
  });

  it('stores nothing when the transaction rolls back', async () => {
    const anna = await createPerson(t);
    await expect(
      t.deps.db.transaction(async (tx) => {
        await notify(tx, [anna.id], { kind: 'mention', data: {} });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const count = await t.request({ method: 'GET', url: '/api/notifications/count', cookie: anna.cookie });
    expect(count.json()).toEqual({ unread: 0 });
  });

  it('refuses links that leave the app', async () => {
    const anna = await createPerson(t);
    for (const link of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', '/\\evil.example']) {
      await expect(
        t.deps.db.transaction((tx) => notify(tx, [anna.id], { kind: 'mention', data: {}, link })),
      ).rejects.toThrow(/app path/);
    }
    expect(isAppPath('/atlas/kooperation-x?tab=1#k')).toBe(true);
  });
});
