import { type SQL, sql } from 'drizzle-orm';
import type { ChannelSummary } from '../../../shared/contracts/chat.ts';
import type { Tx } from '../../platform/db/client.ts';
import { jsonOf, rowsOf } from '../../platform/db/sql-rows.ts';
import type { WorkspaceRole } from '../workspaces/membership.ts';
import { isConversation } from './policy.ts';
import { conversationMembers } from './queries.ts';

/**
 * Counting looks at the last this many messages only: a badge says "999+" long before anyone reads
 * them all, and a channel never opened must not cost a scan of its whole history.
 */
const COUNT_CAP = 1000;

/**
 * Who may read a channel, in SQL, for `c` (channels), `cm` (the person's channel_members row) and
 * `wm` (the person's workspace_members row): the same rule as `canRead` in policy.ts.
 */
export const readableByJoinedPerson = sql`(
  (c.kind <> 'channel' and cm.added)
  or (c.kind = 'channel' and wm.person_id is not null and (cm.added or (not c.closed and wm.role <> 'guest')))
)`;

/** The joins `readableByJoinedPerson` needs, for one person. */
export const personJoins = (personId: string) => sql`
  left join channel_members cm on cm.channel_id = c.id and cm.person_id = ${personId}
  left join workspace_members wm on wm.workspace_id = c.workspace_id and wm.person_id = ${personId}`;

/** Channels the person may read that also match `filter`, with their read state and counts. */
export async function channelSummaries(tx: Tx, personId: string, filter: SQL): Promise<ChannelSummary[]> {
  const result = await tx.execute(sql`
    select json_build_object(
      'id', c.id, 'kind', c.kind, 'workspaceId', c.workspace_id, 'name', c.name, 'topic', c.topic,
      'closed', c.closed, 'isDefault', c.is_default, 'archivedAt', c.archived_at, 'createdBy', c.created_by,
      'lastSeq', c.last_seq, 'lastMessageAt', c.last_message_at,
      'lastReadSeq', coalesce(cm.last_read_seq, 0), 'notify', coalesce(cm.notify, 'all'),
      'unreadCount', (select count(*) from messages m
          where m.channel_id = c.id and m.seq > greatest(coalesce(cm.last_read_seq, 0), c.last_seq - ${COUNT_CAP})
            and (m.thread_root_id is null or m.also_in_channel)
            and m.author_id <> ${personId} and m.deleted_at is null),
      'mentionCount', (select count(*) from (select 1 from message_mentions mm
          where mm.person_id = ${personId} and mm.channel_id = c.id and mm.seq > coalesce(cm.last_read_seq, 0)
          limit ${COUNT_CAP}) x)
        + (select count(*) from messages m
          where m.channel_id = c.id and m.seq > greatest(coalesce(cm.last_read_seq, 0), c.last_seq - ${COUNT_CAP})
            and m.mentions_channel and m.author_id <> ${personId} and m.deleted_at is null
            and not exists (select 1 from message_mentions mm where mm.message_id = m.id and mm.person_id = ${personId}))
    ) as summary
    from channels c ${personJoins(personId)}
    where ${readableByJoinedPerson} and ${filter}
    order by c.is_default desc, lower(c.name), c.last_message_at desc nulls last, c.id`);
  const summaries = rowsOf<{ summary: unknown }>(result).map((r): ChannelSummary => {
    const s = jsonOf<ChannelSummary>(r.summary);
    const unread = Math.min(Number(s.unreadCount), COUNT_CAP);
    return {
      ...s,
      lastSeq: Number(s.lastSeq),
      lastReadSeq: Number(s.lastReadSeq),
      unreadCount: unread,
      // Every unread message of a conversation is addressed to the person.
      mentionCount: isConversation(s.kind) ? unread : Math.min(Number(s.mentionCount), COUNT_CAP),
      members: [],
    };
  });
  // Conversations are named by their people; channels and community chats have names of their own.
  const conversations = summaries.filter((s) => isConversation(s.kind)).map((s) => s.id);
  const members = await conversationMembers(tx, conversations);
  for (const s of summaries) s.members = members.get(s.id) ?? [];
  return summaries;
}

/** The workspaces the person belongs to (not archived), by name. */
export async function workspacesOf(tx: Tx, personId: string) {
  const result = await tx.execute(sql`
    select w.id, w.name, wm.role from workspace_members wm join workspaces w on w.id = wm.workspace_id
    where wm.person_id = ${personId} and w.archived_at is null
    order by lower(w.name), w.id`);
  return rowsOf<{ id: string; name: string; role: WorkspaceRole }>(result);
}
