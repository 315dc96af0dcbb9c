import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetentionPeriods } from '../../../shared/contracts/retention.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { sessions } from '../../platform/auth/tables.ts';
import { newId } from '../../platform/db/ids.ts';
import { deletePublishedEventsBefore, outboxPrunedThrough } from '../../platform/events/outbox-retention.ts';
import { outbox } from '../../platform/events/tables.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { notifications } from '../notifications/tables.ts';
import { pruneExpired } from './prune.ts';

// The database is shared with other test files, whose rows are of today (some dated back by days or
// years). So the pruning here runs "on" a day in 1990, and every row it is meant to see is dated
// around then: older than a period relative to that day, or younger. Nothing of today is that old.
// Assertions look only at the rows made here, by their IDs.

let t: TestApp;
let person: TestPerson;
const NOW = new Date('1990-06-01T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const periods: RetentionPeriods = { sessionDays: 30, notificationDays: 60, outboxDays: 7, auditDays: 730 };
const made = { sessions: [] as string[], notifications: [] as string[], outbox: [] as string[], audit: [] as string[] };
// Old events sit at the low end of the positions, as in a real outbox (which also keeps the
// pruned-through mark below the position of any live client here).
let nextPosition = -1e12 - Math.floor(Math.random() * 1e9);

beforeAll(async () => {
  t = await buildTestApp();
  person = await createPerson(t);
});

afterAll(async () => {
  const db = t.deps.db;
  await db.delete(sessions).where(inArray(sessions.id, made.sessions));
  await db.delete(notifications).where(inArray(notifications.id, made.notifications));
  await db.delete(outbox).where(inArray(outbox.id, made.outbox));
  await db.delete(auditLog).where(inArray(auditLog.id, made.audit));
});

async function session(endedDaysAgo: number) {
  const id = newId();
  made.sessions.push(id);
  await t.deps.db.insert(sessions).values({
    id,
    tokenHash: `retention-${id}`,
    personId: person.id,
    createdAt: daysAgo(endedDaysAgo + 30),
    lastSeenAt: daysAgo(endedDaysAgo + 1),
    expiresAt: daysAgo(endedDaysAgo),
  });
  return id;
}

async function notification(arrivedDaysAgo: number, read: boolean) {
  const id = newId();
  made.notifications.push(id);
  await t.deps.db.insert(notifications).values({
    id,
    personId: person.id,
    kind: 'mention',
    createdAt: daysAgo(arrivedDaysAgo),
    readAt: read ? daysAgo(arrivedDaysAgo - 0.5) : null,
    mailedAt: daysAgo(arrivedDaysAgo),
  });
  return id;
}

function eventRow(publishedDaysAgo: number | null) {
  const id = newId();
  made.outbox.push(id);
  nextPosition += 1;
  return {
    id,
    position: nextPosition,
    type: 'retention.test',
    payload: {},
    audience: { kind: 'persons' as const, personIds: [person.id] },
    createdAt: daysAgo(publishedDaysAgo ?? 400),
    publishedAt: publishedDaysAgo === null ? null : daysAgo(publishedDaysAgo),
  };
}

async function event(publishedDaysAgo: number) {
  const row = eventRow(publishedDaysAgo);
  await t.deps.db.insert(outbox).values(row);
  return row.id;
}

async function auditEntry(writtenDaysAgo: number) {
  const id = newId();
  made.audit.push(id);
  await t.deps.db
    .insert(auditLog)
    .values({ id, at: daysAgo(writtenDaysAgo), actorId: person.id, action: 'retention.test' });
  return id;
}

async function remaining(
  table: typeof sessions | typeof notifications | typeof outbox | typeof auditLog,
  ids: string[],
) {
  const rows = await t.deps.db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  return new Set(rows.map((r) => r.id));
}

describe('pruning by the retention periods', () => {
  it('removes only what is older than each period and keeps everything younger', async () => {
    const endedLongAgo = await session(31);
    const endedLately = await session(29);
    const stillOpen = await session(-5);
    const readOld = await notification(61, true);
    const readYoung = await notification(59, true);
    const unreadOlderThanPeriod = await notification(200, false);
    const unreadOlderThanAYear = await notification(366, false);
    const publishedLongAgo = await event(8);
    const publishedLately = await event(6);
    const auditOld = await auditEntry(731);
    const auditYoung = await auditEntry(729);

    const counts = await pruneExpired(t.deps.db, periods, NOW, { batchSize: 2 });

    expect(await remaining(sessions, [endedLongAgo, endedLately, stillOpen])).toEqual(
      new Set([endedLately, stillOpen]),
    );
    expect(await remaining(notifications, [readOld, readYoung, unreadOlderThanPeriod, unreadOlderThanAYear])).toEqual(
      new Set([readYoung, unreadOlderThanPeriod]),
    );
    expect(await remaining(outbox, [publishedLongAgo, publishedLately])).toEqual(new Set([publishedLately]));
    expect(await remaining(auditLog, [auditOld, auditYoung])).toEqual(new Set([auditYoung]));
    // At least ours (on a shared database others' rows may be older than 1990's periods too).
    expect(counts.sessionDays).toBeGreaterThanOrEqual(1);
    expect(counts.notificationDays).toBeGreaterThanOrEqual(2);
    expect(counts.outboxDays).toBeGreaterThanOrEqual(1);
    expect(counts.auditDays).toBeGreaterThanOrEqual(1);
    // A client resuming from before the pruned event refetches instead of missing it.
    expect(await outboxPrunedThrough(t.deps.db)).toBeGreaterThanOrEqual(nextPosition - 1);
  });

  it('never removes an event that was not published, however old', async () => {
    const kept = await t.deps.db.transaction(async (tx) => {
      // In a transaction of its own, so that no publisher (of this or another test file) sees it.
      const row = eventRow(null);
      await tx.insert(outbox).values(row);
      const neighbour = eventRow(30);
      await tx.insert(outbox).values(neighbour);
      await deletePublishedEventsBefore(tx, daysAgo(periods.outboxDays), 100);
      const left = await tx
        .select({ id: outbox.id })
        .from(outbox)
        .where(inArray(outbox.id, [row.id, neighbour.id]));
      await tx.execute(sql`delete from outbox where id in (${row.id}, ${neighbour.id})`);
      return { left: left.map((r) => r.id), unpublished: row.id };
    });
    expect(kept.left).toEqual([kept.unpublished]);
  });

  it('is safe in two processes at once: each row goes once, nothing fails, nothing old is left', async () => {
    const ids = {
      sessions: await Promise.all([40, 50, 60, 70, 80].map((d) => session(d))),
      notifications: await Promise.all([70, 80, 90, 100, 110].map((d) => notification(d, true))),
      outbox: await Promise.all([10, 11, 12, 13, 14].map((d) => event(d))),
      audit: await Promise.all([800, 810, 820, 830, 840].map((d) => auditEntry(d))),
    };
    const runs = await Promise.all([
      pruneExpired(t.deps.db, periods, NOW, { batchSize: 2 }),
      pruneExpired(t.deps.db, periods, NOW, { batchSize: 2 }),
    ]);
    expect((await remaining(sessions, ids.sessions)).size).toBe(0);
    expect((await remaining(notifications, ids.notifications)).size).toBe(0);
    expect((await remaining(outbox, ids.outbox)).size).toBe(0);
    expect((await remaining(auditLog, ids.audit)).size).toBe(0);
    for (const field of ['sessionDays', 'notificationDays', 'outboxDays', 'auditDays'] as const) {
      expect((runs[0]?.[field] ?? 0) + (runs[1]?.[field] ?? 0)).toBeGreaterThanOrEqual(5);
    }
  });
});
