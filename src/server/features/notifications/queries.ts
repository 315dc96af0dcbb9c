import { and, desc, eq, gt, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { MAILED_BY_DEFAULT } from '../../../shared/notification-kinds.ts';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { digestWindows } from './digest-schedule.ts';
import { notificationPreferences, notificationSettings, notifications } from './tables.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** The kinds a chat message produces; they carry data.channelId and data.seq, and are mailed when left unread. */
export const CHAT_KINDS = ['mention', 'direct-message'] as const;

/** Notifications of kinds the person turned off in the app: the bell's list and count leave them out. */
const SHOWN_IN_APP = sql`not exists (select 1 from ${notificationPreferences} where ${notificationPreferences.personId} = ${notifications.personId} and ${notificationPreferences.kind} = ${notifications.kind} and not ${notificationPreferences.inApp})`;

/**
 * The kinds the digest mails: the person's choice where they made one, otherwise the kind's default
 * (MAILED_BY_DEFAULT); kinds the settings do not list are never mailed.
 */
const MAILED = sql`coalesce((select ${notificationPreferences.mail} from ${notificationPreferences} where ${notificationPreferences.personId} = ${notifications.personId} and ${notificationPreferences.kind} = ${notifications.kind}), ${inArray(notifications.kind, [...MAILED_BY_DEFAULT])})`;

const listColumns = {
  id: notifications.id,
  kind: notifications.kind,
  data: notifications.data,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

/**
 * A page of a person's notifications, newest first. `before` is the last ID of the previous page;
 * an ID that is not the person's yields an empty page, so foreign IDs reveal nothing.
 */
export async function notificationsOf(
  tx: Tx,
  personId: string,
  options: { before?: string | undefined; limit: number; unreadOnly: boolean },
) {
  const conditions: SQL[] = [eq(notifications.personId, personId), SHOWN_IN_APP];
  if (options.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (options.before) {
    const cursor = await tx
      .select({ createdAt: notifications.createdAt, id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, options.before), eq(notifications.personId, personId)))
      .limit(1);
    const at = cursor[0];
    if (!at) return [];
    const older = or(
      lt(notifications.createdAt, at.createdAt),
      and(eq(notifications.createdAt, at.createdAt), lt(notifications.id, at.id)),
    );
    if (older) conditions.push(older);
  }
  return tx
    .select(listColumns)
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function unreadCountOf(tx: Tx, personId: string): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt), SHOWN_IN_APP));
  return rows[0]?.n ?? 0;
}

/** Whose a notification is, and whether it is read. */
export async function notificationById(tx: Tx, id: string) {
  const rows = await tx
    .select({ id: notifications.id, personId: notifications.personId, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** Marks unread notifications of the person read; without `ids`, all of them. Returns the IDs it changed. */
export async function markRead(tx: Tx, personId: string, ids?: readonly string[]): Promise<string[]> {
  const conditions: SQL[] = [eq(notifications.personId, personId), isNull(notifications.readAt)];
  if (ids) {
    if (ids.length === 0) return [];
    conditions.push(inArray(notifications.id, [...ids]));
  }
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

/** Marks the person's unread chat notifications of one channel read up to a message sequence number. */
export async function markChannelRead(tx: Tx, personId: string, channelId: string, uptoSeq: number) {
  // Compared as JSON numbers rather than cast, so a malformed `seq` is skipped instead of failing the statement.
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.personId, personId),
        isNull(notifications.readAt),
        inArray(notifications.kind, [...CHAT_KINDS]),
        sql`${notifications.data}->>'channelId' = ${channelId}`,
        sql`jsonb_typeof(${notifications.data}->'seq') = 'number'`,
        sql`${notifications.data}->'seq' <= to_jsonb(${uptoSeq}::numeric)`,
      ),
    )
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * How far back the digest looks. Notifications of kinds one does not get by mail stay unmailed in the
 * digest's index for good; this bound keeps each run's scan to two weeks of them (more than a weekly
 * digest needs), and a person who turns mail on, or from `never` to `daily`, is not sent older ones.
 */
export const DIGEST_LOOKBACK_DAYS = 14;

/**
 * What makes a notification due for a digest at `now`: unread, unmailed, of a kind the person gets by
 * mail, and as the person's digest frequency says — `soon` (the default) once older than `cutoff`;
 * `daily` all of them, unless a digest went out since the last 7:00 in Berlin; `weekly` likewise since
 * the last Monday 7:00; `never` none; none older than DIGEST_LOOKBACK_DAYS. Needs `notification_settings`
 * left-joined on the person. The conditions on `mailed_at` and `read_at` are the predicate of the
 * partial index `notifications_digest_due`, which serves this.
 */
function dueCondition(now: Date, cutoff: Date) {
  const { day, week } = digestWindows(now);
  const last = notificationSettings.lastDigestAt;
  const due = sql`case coalesce(${notificationSettings.digestFrequency}, 'soon')
    when 'soon' then ${notifications.createdAt} < ${at(cutoff)}
    when 'daily' then (${last} is null or ${last} < ${at(day)})
    when 'weekly' then (${last} is null or ${last} < ${at(week)})
    else false end`;
  return and(
    isNull(notifications.mailedAt),
    isNull(notifications.readAt),
    lt(notifications.createdAt, now),
    gt(notifications.createdAt, new Date(now.getTime() - DIGEST_LOOKBACK_DAYS * 86_400_000)),
    MAILED,
    due,
  );
}

/** The first key of the digest's per-person advisory locks (the second is a hash of the person's ID). */
const DIGEST_LOCK = 740_215;

/** The (at most `limit`) people with the oldest notifications due for a digest at `now`, with that oldest time. */
export function peopleDueForDigest(tx: Tx, now: Date, cutoff: Date, limit: number) {
  return tx
    .select({ personId: notifications.personId, first: sql`min(${notifications.createdAt})`.as('first') })
    .from(notifications)
    .leftJoin(notificationSettings, eq(notificationSettings.personId, notifications.personId))
    .where(dueCondition(now, cutoff))
    .groupBy(notifications.personId)
    .orderBy(sql`min(${notifications.createdAt})`)
    .limit(limit);
}

/**
 * Of the (at most `limit`) people with the oldest notifications due for a digest, those whose digest
 * lock this transaction could take: a person another process is claiming for is skipped, not waited
 * for. The locks are the transaction's and end with it. Two people whose IDs hash alike share a lock;
 * the second waits for the next run.
 */
export async function lockPeopleDueForDigest(tx: Tx, now: Date, cutoff: Date, limit: number): Promise<string[]> {
  const candidates = peopleDueForDigest(tx, now, cutoff, limit);
  // Materialised, so the lock is tried on these people only, after the limit.
  const rows = await tx.execute<{ person_id: string }>(sql`
    with candidates as materialized (${candidates})
    select person_id from candidates
    where pg_try_advisory_xact_lock(${DIGEST_LOCK}, hashtext(person_id::text))
    order by first`);
  return rowsOf<{ person_id: string }>(rows).map((r) => r.person_id);
}

/**
 * Claims the notifications of these people that are due for a digest by stamping them `mailed_at = now`,
 * oldest first and at most `batch`. Meant to run after lockPeopleDueForDigest in the same transaction:
 * the statement then sees what another process committed for them before, so a daily or weekly person
 * whose digest just went out has nothing due. Rows locked elsewhere (a mark-read) are skipped.
 */
export async function claimDueNotifications(
  tx: Tx,
  personIds: readonly string[],
  now: Date,
  cutoff: Date,
  batch: number,
) {
  if (personIds.length === 0) return [];
  const due = tx
    .select({ id: notifications.id })
    .from(notifications)
    .leftJoin(notificationSettings, eq(notificationSettings.personId, notifications.personId))
    .where(and(inArray(notifications.personId, [...personIds]), dueCondition(now, cutoff)))
    .orderBy(notifications.createdAt)
    .limit(batch)
    .for('update', { of: notifications, skipLocked: true });
  return tx.update(notifications).set({ mailedAt: now }).where(inArray(notifications.id, due)).returning({
    id: notifications.id,
    personId: notifications.personId,
    kind: notifications.kind,
    data: notifications.data,
    link: notifications.link,
    createdAt: notifications.createdAt,
  });
}

/** Gives claimed notifications back when their mail could not be sent, so a later run tries again. */
export async function releaseClaim(tx: Tx, ids: readonly string[], claimedAt: Date) {
  if (ids.length === 0) return;
  await tx
    .update(notifications)
    .set({ mailedAt: null })
    .where(and(inArray(notifications.id, [...ids]), eq(notifications.mailedAt, claimedAt)));
}

/** Name, address and language of the people a digest goes to; locked or unverified people get none. */
export async function digestRecipients(tx: Tx, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return tx
    .select({
      id: persons.id,
      name: persons.name,
      email: persons.email,
      locale: persons.locale,
      digestFrequency: sql<string>`coalesce(${notificationSettings.digestFrequency}, 'soon')`,
    })
    .from(persons)
    .leftJoin(notificationSettings, eq(notificationSettings.personId, persons.id))
    .where(and(inArray(persons.id, [...personIds]), isNull(persons.lockedAt), isNotNull(persons.emailVerifiedAt)));
}
