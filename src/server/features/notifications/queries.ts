import { and, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { notifications } from './tables.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** The kinds a chat message produces; they carry data.channelId and data.seq, and are mailed when left unread. */
export const CHAT_KINDS = ['mention', 'direct-message'] as const;

/** The kinds the digest mails when left unread: chat's, mentions in task comments, projects turning amber or red. */
export const DIGEST_KINDS = [
  'mention',
  'direct-message',
  'task-mention',
  'project-health',
  'document-approval',
  'document-approval-decided',
] as const;

// The digest's condition on the kind, written as the predicate of the partial index
// `notifications_digest_due` (tables.ts) is, with the kinds as literals: the planner uses a partial
// index only when it can prove the query's condition implies the index's, and that holds for the
// same list of constants, not for parameters of a generic plan.
const DIGEST_KIND_CONDITION = sql`${notifications.kind} in ${sql.raw(`(${DIGEST_KINDS.map((kind) => `'${kind}'`).join(', ')})`)}`;

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
  const conditions: SQL[] = [eq(notifications.personId, personId)];
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
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)));
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

/** The oldest unread, unmailed notifications of the digest's kinds created before `cutoff`, locked for a claim. */
export function dueForDigest(tx: Tx, cutoff: Date, batch: number) {
  return tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        DIGEST_KIND_CONDITION,
        isNull(notifications.mailedAt),
        isNull(notifications.readAt),
        lt(notifications.createdAt, cutoff),
      ),
    )
    .orderBy(notifications.createdAt)
    .limit(batch)
    .for('update', { skipLocked: true });
}

/**
 * Claims unread, unmailed notifications of the digest's kinds (DIGEST_KINDS) created before `cutoff`
 * for a digest mail by stamping them `mailed_at = claimedAt`, in one statement. Rows another process
 * is claiming at the same moment are skipped (SKIP LOCKED), and a row it claimed no longer matches, so
 * no notification is mailed twice.
 */
export async function claimDueNotifications(tx: Tx, cutoff: Date, claimedAt: Date, batch: number) {
  const due = dueForDigest(tx, cutoff, batch);
  return tx.update(notifications).set({ mailedAt: claimedAt }).where(inArray(notifications.id, due)).returning({
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
    .select({ id: persons.id, name: persons.name, email: persons.email, locale: persons.locale })
    .from(persons)
    .where(and(inArray(persons.id, [...personIds]), isNull(persons.lockedAt), isNotNull(persons.emailVerifiedAt)));
}
