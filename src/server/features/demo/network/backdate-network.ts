import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { textArray, uuidArray } from '../../../platform/db/sql-arrays.ts';

// The network's commands stamp what they do with the time they run. The demo's network has been in
// use for weeks, so after building it through the commands the seed moves these times back, as
// projects/backdate-projects.ts does for the projects. This is the only place the demo writes network
// rows directly.

export interface Stamp {
  id: string;
  at: Date;
}

const DAY = 86_400_000;

/** Updates `created_at` (and the other named columns) of the rows with their times. */
async function stamp(tx: Tx, table: string, rows: readonly Stamp[], columns: readonly string[] = ['created_at']) {
  if (rows.length === 0) return;
  const set = sql.raw(columns.map((c) => `${c} = t.at::timestamptz`).join(', '));
  await tx.execute(sql`
    update ${sql.raw(table)} r set ${set}
    from unnest(${uuidArray(rows.map((r) => r.id))}, ${textArray(rows.map((r) => r.at.toISOString()))}) as t(id, at)
    where r.id = t.id`);
}

/** A community founded `created` ago: its members joined the day after, its chat's messages at their times. */
export async function backdateCommunity(
  tx: Tx,
  community: { id: string; created: Date; channelId: string | null; messages: Stamp[] },
): Promise<void> {
  const created = community.created.toISOString();
  const joined = new Date(community.created.getTime() + DAY).toISOString();
  await tx.execute(sql`
    update communities set created_at = ${created}::timestamptz, updated_at = ${created}::timestamptz
    where id = ${community.id}::uuid`);
  await tx.execute(sql`
    update community_members set created_at = ${joined}::timestamptz,
      joined_at = case when joined_at is null then null else ${joined}::timestamptz end
    where community_id = ${community.id}::uuid`);
  if (!community.channelId) return;
  await stamp(tx, 'messages', community.messages);
  await tx.execute(sql`
    update channels c set created_at = ${joined}::timestamptz,
      last_message_at = (select max(created_at) from messages where channel_id = c.id)
    where c.id = ${community.channelId}::uuid`);
  await tx.execute(sql`
    update channel_members set joined_at = ${joined}::timestamptz where channel_id = ${community.channelId}::uuid`);
}

export interface QuestionTimes {
  questionId: string;
  asked: Date;
  answers: Stamp[];
  comments: Stamp[];
  /** Votes by post: the vote is a little after the post. */
  votes: Array<{ postId: string; at: Date }>;
}

/** A question asked days ago with its answers, comments and votes at their times. */
export async function backdateQuestion(tx: Tx, q: QuestionTimes): Promise<void> {
  const last = new Date(Math.max(q.asked.getTime(), ...[...q.answers, ...q.comments].map((s) => s.at.getTime())));
  await tx.execute(sql`
    update questions set created_at = ${q.asked.toISOString()}::timestamptz,
      updated_at = ${q.asked.toISOString()}::timestamptz, last_activity_at = ${last.toISOString()}::timestamptz
    where id = ${q.questionId}::uuid`);
  await stamp(tx, 'answers', q.answers, ['created_at', 'updated_at']);
  await stamp(tx, 'post_comments', q.comments);
  for (const vote of q.votes) {
    await tx.execute(sql`
      update post_votes set created_at = ${vote.at.toISOString()}::timestamptz where post_id = ${vote.postId}::uuid`);
  }
  await tx.execute(sql`
    update question_follows set created_at = ${q.asked.toISOString()}::timestamptz
    where question_id = ${q.questionId}::uuid`);
  // What the question caused (answers, comments, acceptance) is told at the time of the last activity.
  await tx.execute(sql`
    update notifications set created_at = ${last.toISOString()}::timestamptz
    where link like ${`/network/questions/${q.questionId}%`} and created_at >= now()`);
}

/** A wiki page written `created` ago and last checked `checked` ago. */
export async function backdateWikiPage(tx: Tx, page: { id: string; created: Date; checked: Date }): Promise<void> {
  await tx.execute(sql`
    update wiki_pages set created_at = ${page.created.toISOString()}::timestamptz,
      updated_at = ${page.created.toISOString()}::timestamptz, checked_at = ${page.checked.toISOString()}::timestamptz
    where id = ${page.id}::uuid`);
  await tx.execute(sql`
    update wiki_revisions set created_at = ${page.created.toISOString()}::timestamptz where page_id = ${page.id}::uuid`);
}

/** An endorsement given days ago, and its notification with it. */
export async function backdateEndorsement(tx: Tx, endorsement: Stamp, personId: string): Promise<void> {
  await stamp(tx, 'network_endorsements', [endorsement]);
  await tx.execute(sql`
    update notifications set created_at = ${endorsement.at.toISOString()}::timestamptz
    where person_id = ${personId}::uuid and kind = 'network-endorsement' and created_at >= now()`);
}

/**
 * The notifications the seed's commands caused in this transaction (not yet moved back) are marked as
 * mailed, so the digest does not mail demo people about the past; join requests and their answers,
 * and decided held posts, which the seed settled at once, also as read. Call it before moving times back.
 */
export async function settleSeedNotifications(tx: Tx): Promise<void> {
  await tx.execute(sql`
    update notifications set mailed_at = coalesce(mailed_at, created_at),
      read_at = case when kind in ('network-join-request', 'network-join-answered', 'network-post-decided')
        then coalesce(read_at, created_at) else read_at end
    where (kind like 'network-%' or kind = 'wiki-check-due') and created_at >= now()`);
}
