import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { textArray, uuidArray } from '../../../platform/db/sql-arrays.ts';

// The chat's commands stamp a message with the time it is posted. The demo's conversation happened
// over the last days, so after posting it through the commands (sequence numbers, read positions,
// mentions, search index as for any message) the seed moves these times back. This is the only place
// the demo writes chat and notification rows directly.

/**
 * Gives the posted messages their times, and with them: the channels' last message and creation, the
 * threads' last reply, the workspace's creation, and the notifications the messages caused (marked as
 * mailed then, so the digest does not mail demo people about a conversation of days ago).
 */
export async function backdateConversation(
  tx: Tx,
  workspaceId: string,
  posted: ReadonlyArray<{ messageId: string; at: Date }>,
): Promise<void> {
  if (posted.length === 0) return;
  const ids = uuidArray(posted.map((p) => p.messageId));
  const times = sql`${textArray(posted.map((p) => p.at.toISOString()))}::timestamptz[]`;
  await tx.execute(sql`
    update messages m set created_at = t.at
    from unnest(${ids}, ${times}) as t(id, at) where m.id = t.id`);
  await tx.execute(sql`
    update messages root set last_reply_at = r.last
    from (select thread_root_id, max(created_at) as last from messages
          where id = any(${ids}) and thread_root_id is not null group by thread_root_id) r
    where root.id = r.thread_root_id`);
  const first = new Date(Math.min(...posted.map((p) => p.at.getTime())) - 86_400_000).toISOString();
  await tx.execute(sql`
    update channels c set
      last_message_at = (select max(created_at) from messages where channel_id = c.id),
      created_at = ${first}::timestamptz
    where c.workspace_id = ${workspaceId}::uuid`);
  await tx.execute(sql`
    update workspaces set created_at = ${first}::timestamptz where id = ${workspaceId}::uuid`);
  await tx.execute(sql`
    update workspace_members set joined_at = ${first}::timestamptz where workspace_id = ${workspaceId}::uuid`);
  await tx.execute(sql`
    update notifications n set created_at = m.created_at, mailed_at = m.created_at
    from messages m where m.id = any(${ids}) and n.data ->> 'messageId' = m.id::text`);
}
