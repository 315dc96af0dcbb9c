import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { jsonOf, rowsOf } from '../../../platform/db/sql-rows.ts';
import { messageReactions, messages } from '../tables.ts';

/** A message as the database assembles it: everything but its HTML and the attachments' addresses. */
export interface StoredMessage {
  id: string;
  channelId: string;
  seq: number;
  author: { id: string; name: string };
  text: string;
  threadRootId: string | null;
  alsoInChannel: boolean;
  replyCount: number;
  lastReplyAt: string | null;
  lastRepliers: Array<{ id: string; name: string }>;
  mentions: Array<{ id: string; name: string }>;
  mentionsChannel: boolean;
  /** Rendered when written; null for messages stored before that (rendered when read). */
  html: string | null;
  reactions: Array<{ emoji: string; personIds: string[] }>;
  attachments: Array<{
    id: string;
    fileName: string;
    mediaType: string;
    size: number;
    width: number | null;
    height: number | null;
  }>;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

// One row per message with its author, repliers, mentions, reactions and attachments, built as JSON
// in the database: one round trip for a whole page, and the same timestamps on PGlite and PostgreSQL.
// Reactions and HTML are kept on the row; a mention needs an `@` in the text, so most messages skip
// that lookup.
const messageJson = sql`json_build_object(
  'id', m.id, 'channelId', m.channel_id, 'seq', m.seq,
  'author', json_build_object('id', m.author_id, 'name', coalesce(a.name, '')),
  'text', m.text, 'threadRootId', m.thread_root_id, 'alsoInChannel', m.also_in_channel,
  'replyCount', m.reply_count, 'lastReplyAt', m.last_reply_at,
  'lastRepliers', case when m.reply_count = 0 then '[]'::json else coalesce((select json_agg(
      json_build_object('id', p.id, 'name', p.name) order by array_position(m.last_replier_ids, p.id))
    from persons p where p.id = any(m.last_replier_ids)), '[]'::json) end,
  'mentions', case when strpos(m.text, '@') = 0 then '[]'::json else coalesce((select json_agg(
      json_build_object('id', p.id, 'name', p.name) order by p.name)
    from message_mentions mm join persons p on p.id = mm.person_id where mm.message_id = m.id), '[]'::json) end,
  'mentionsChannel', m.mentions_channel, 'html', m.html, 'reactions', m.reactions,
  'attachments', coalesce((select json_agg(json_build_object('id', f.id, 'fileName', f.file_name,
      'mediaType', f.media_type, 'size', f.size, 'width', f.width, 'height', f.height) order by f.created_at, f.id)
    from message_attachments f where f.message_id = m.id), '[]'::json),
  'createdAt', m.created_at, 'editedAt', m.edited_at, 'deletedAt', m.deleted_at
) as message`;

async function selectMessages(tx: Tx, where: SQL, order: SQL, limit: number): Promise<StoredMessage[]> {
  const result = await tx.execute(sql`
    select ${messageJson}
    from messages m left join persons a on a.id = m.author_id
    where ${where}
    order by ${order}
    limit ${limit}`);
  return rowsOf<{ message: unknown }>(result).map((r) => jsonOf<StoredMessage>(r.message));
}

// Thread replies appear in the channel only when also posted there.
const inChannel = sql`(m.thread_root_id is null or m.also_in_channel)`;

/** One message by ID (any channel). */
export async function storedMessage(tx: Tx, messageId: string): Promise<StoredMessage | null> {
  const rows = await selectMessages(tx, sql`m.id = ${messageId}`, sql`m.seq`, 1);
  return rows[0] ?? null;
}

// The page is the hottest read: a prepared statement saves parsing and planning it on every call.
// The limits are written into the statement, one per pair, so the plan PostgreSQL keeps for it knows
// how few rows it reads (with the limits as parameters it would guess a tenth of the channel).
type PageStatement = ReturnType<ReturnType<typeof pageSelect>['prepare']>;
const pageStatements = new WeakMap<Tx, Map<string, PageStatement>>();

// Pages near either end of a channel need other pairs; past this many, they run unprepared.
const MAX_PREPARED_PAGES = 32;

function pageSelect(tx: Tx, before: number, after: number, channelId: unknown, seq: unknown) {
  return tx.select({ older: sql<boolean>`p.older`, message: sql<unknown>`p.message` }).from(sql`(
      (select true as older, ${messageJson}
        from messages m left join persons a on a.id = m.author_id
        where m.channel_id = ${channelId} and m.seq < ${seq} and ${inChannel}
        order by m.seq desc limit ${sql.raw(String(before))})
      union all
      (select false as older, ${messageJson}
        from messages m left join persons a on a.id = m.author_id
        where m.channel_id = ${channelId} and m.seq >= ${seq} and ${inChannel}
        order by m.seq limit ${sql.raw(String(after))})
    ) p`);
}

function pagePrepared(tx: Tx, before: number, after: number) {
  let statements = pageStatements.get(tx);
  if (!statements) {
    statements = new Map();
    pageStatements.set(tx, statements);
  }
  const key = `${before}:${after}`;
  let statement = statements.get(key);
  if (!statement && statements.size < MAX_PREPARED_PAGES) {
    statement = pageSelect(tx, before, after, sql.placeholder('channelId'), sql.placeholder('seq')).prepare(
      `chat_page_${before}_${after}`,
    );
    statements.set(key, statement);
  }
  return statement ?? null;
}

/**
 * The channel messages on both sides of a sequence number in one round trip: up to `before` messages
 * before it (exclusive) and up to `after` from it on (inclusive), each oldest first.
 */
export async function messagesAround(
  tx: Tx,
  channelId: string,
  seq: number,
  before: number,
  after: number,
): Promise<{ older: StoredMessage[]; newer: StoredMessage[] }> {
  const [b, a] = [Math.trunc(before), Math.trunc(after)];
  const rows = await (pagePrepared(tx, b, a)?.execute({ channelId, seq }) ?? pageSelect(tx, b, a, channelId, seq));
  const older: StoredMessage[] = [];
  const newer: StoredMessage[] = [];
  for (const row of rows) {
    (row.older ? older : newer).push(jsonOf<StoredMessage>(row.message));
  }
  older.sort((x, y) => Number(x.seq) - Number(y.seq));
  newer.sort((x, y) => Number(x.seq) - Number(y.seq));
  return { older, newer };
}

/** The replies of a thread, oldest first. */
export async function threadReplies(tx: Tx, rootId: string, limit: number) {
  return selectMessages(tx, sql`m.thread_root_id = ${rootId}`, sql`m.seq`, limit);
}

export type MessageRow = typeof messages.$inferSelect;

/** The bare row of a message, locked for an update in the caller's transaction. */
export async function lockMessage(tx: Tx, messageId: string): Promise<MessageRow | null> {
  const rows = await tx.select().from(messages).where(eq(messages.id, messageId)).limit(1).for('update');
  return rows[0] ?? null;
}

const reactionGroups = (messageId: string) => sql`
  select emoji, array_agg(person_id::text order by created_at, person_id) as ids, min(created_at) as first
  from message_reactions where message_id = ${messageId} group by emoji`;

/** The reactions of one message, grouped by emoji, in the order they were first given. */
export async function reactionsOf(tx: Tx, messageId: string) {
  const result = await tx.execute(sql`
    select emoji, ids as "personIds" from (${reactionGroups(messageId)}) g order by first, emoji`);
  return rowsOf<{ emoji: string; personIds: string[] }>(result).map((r) => ({
    emoji: r.emoji,
    count: r.personIds.length,
    personIds: r.personIds,
  }));
}

/** Copies the message's reactions onto its row (for pages), after they changed in the same transaction. */
export async function storeReactionSummary(tx: Tx, messageId: string): Promise<void> {
  await tx.execute(sql`
    update messages set reactions = coalesce((
      select jsonb_agg(jsonb_build_object('emoji', emoji, 'personIds', ids) order by first, emoji)
      from (${reactionGroups(messageId)}) g), '[]'::jsonb)
    where id = ${messageId}`);
}

export async function addReaction(tx: Tx, messageId: string, personId: string, emoji: string): Promise<boolean> {
  const rows = await tx
    .insert(messageReactions)
    .values({ messageId, personId, emoji })
    .onConflictDoNothing()
    .returning({ emoji: messageReactions.emoji });
  return rows.length > 0;
}

export async function removeReaction(tx: Tx, messageId: string, personId: string, emoji: string): Promise<boolean> {
  const rows = await tx
    .delete(messageReactions)
    .where(
      and(
        eq(messageReactions.messageId, messageId),
        eq(messageReactions.personId, personId),
        eq(messageReactions.emoji, emoji),
      ),
    )
    .returning({ emoji: messageReactions.emoji });
  return rows.length > 0;
}

/** How many different emoji a message carries, and how many of them come from one person. */
export async function reactionCounts(tx: Tx, messageId: string, personId: string) {
  const result = await tx.execute(sql`
    select count(distinct emoji)::int as "distinct", count(*) filter (where person_id = ${personId})::int as mine
    from message_reactions where message_id = ${messageId}`);
  const row = rowsOf<{ distinct: number; mine: number }>(result)[0];
  return { distinct: Number(row?.distinct ?? 0), mine: Number(row?.mine ?? 0) };
}
