import { sql } from 'drizzle-orm';
import type {
  ChannelDetail,
  ChannelSummary,
  ChatMessage,
  MessagePage,
  Sidebar,
  Thread,
} from '../../../shared/contracts/chat.ts';
import type { Tx } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { communityModeratedInChat } from '../network/communities/chat-moderation.ts';
import { workspaceRole } from '../workspaces/membership.ts';
import { type LoadedAccess, requireReadable } from './access.ts';
import { channelSummaries, workspacesOf } from './list-queries.ts';
import { messagesAround, storedMessage, threadReplies } from './messages/message-queries.ts';
import { messageView } from './messages/message-view.ts';
import { canAddMembers, canDeleteOthersMessages, canManageChannel, canPost, canRead } from './policy.ts';
import { readersOf, workspaceName } from './queries.ts';
import type { PageQueryInput } from './schema.ts';

/** Most replies a thread answer carries. */
export const THREAD_LIMIT = 1000;

/** My workspaces with the channels I may see, and my conversations, each with unread and mention counts. */
export async function sidebarView(tx: Tx, personId: string): Promise<Sidebar> {
  const workspaces = await workspacesOf(tx, personId);
  const summaries = await channelSummaries(
    tx,
    personId,
    sql`((c.kind in ('channel', 'community') and c.archived_at is null)
      or (c.kind in ('direct', 'group') and (c.last_message_at is not null or c.created_by = ${personId})))`,
  );
  const byWorkspace = new Map<string, ChannelSummary[]>();
  const conversations: ChannelSummary[] = [];
  for (const s of summaries) {
    if (s.kind !== 'channel') conversations.push(s);
    else if (s.workspaceId) byWorkspace.set(s.workspaceId, [...(byWorkspace.get(s.workspaceId) ?? []), s]);
  }
  conversations.sort((a, b) => String(b.lastMessageAt ?? '').localeCompare(String(a.lastMessageAt ?? '')));
  return {
    workspaces: workspaces.map((w) => ({ ...w, channels: byWorkspace.get(w.id) ?? [] })),
    conversations,
  };
}

/** The workspace's channels the person may see (archived ones too); 404 for non-members. */
export async function workspaceChannelsView(tx: Tx, personId: string, workspaceId: string): Promise<ChannelSummary[]> {
  if ((await workspaceRole(tx, workspaceId, personId)) === null) throw notFound('Workspace');
  return channelSummaries(tx, personId, sql`c.workspace_id = ${workspaceId}`);
}

/** One channel with the viewer's read state and what they may do. */
export async function channelDetailView(tx: Tx, personId: string, channelId: string): Promise<ChannelDetail> {
  const readable = await requireReadable(tx, channelId, personId);
  const access =
    readable.channel.kind === 'community'
      ? { ...readable, moderatesCommunity: (await communityModeratedInChat(tx, channelId, personId)) !== null }
      : readable;
  const [summary] = await channelSummaries(tx, personId, sql`c.id = ${channelId}`);
  if (!summary) throw notFound('Channel');
  return {
    ...summary,
    workspaceName: await workspaceName(tx, access.row.workspaceId),
    viewer: {
      role: access.role,
      canPost: canPost(access),
      canManage: canManageChannel(access, personId),
      canAddMembers: canAddMembers(access),
      canDeleteOthers: canDeleteOthersMessages(access),
    },
  };
}

/** Who may read the channel, for the member list and the @-autocomplete. */
export async function channelMembersView(
  tx: Tx,
  personId: string,
  channelId: string,
  query: { q?: string | undefined; limit?: number | undefined },
) {
  const access = await requireReadable(tx, channelId, personId);
  const needle = query.q?.trim().toLocaleLowerCase('de') ?? '';
  const readers = await readersOf(tx, access.channel);
  const matching = readers
    .filter(
      (r) =>
        needle === '' ||
        r.name
          .toLocaleLowerCase('de')
          .split(/\s+/)
          .some((w) => w.startsWith(needle)) ||
        r.name.toLocaleLowerCase('de').startsWith(needle),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { items: matching.slice(0, query.limit ?? 20).map((r) => ({ id: r.personId, name: r.name, role: r.role })) };
}

/**
 * A page of the channel: the newest messages, those before or after a sequence number, or those
 * around a message (by ID or sequence number), with whether there are more on either side.
 */
export async function messagePageView(
  tx: Tx,
  personId: string,
  channelId: string,
  query: PageQueryInput,
): Promise<MessagePage> {
  const access = await requireReadable(tx, channelId, personId);
  const limit = query.limit ?? 50;
  const lastReadSeq = Number(access.member?.lastReadSeq ?? 0);
  let messages: ChatMessage[];
  let hasMoreBefore: boolean;
  let hasMoreAfter: boolean;
  if (query.around !== undefined) {
    const centre = await centreSeq(tx, access, query.around);
    let wantBefore = Math.floor(limit / 2);
    let { older, newer } = await messagesAround(tx, channelId, centre, wantBefore + 1, limit - wantBefore + 1);
    // Near either end the page fills up from the other side, so it holds `limit` messages where there are that many.
    if (older.length <= wantBefore) {
      wantBefore = older.length;
      if (newer.length > limit - Math.floor(limit / 2)) {
        ({ newer } = await messagesAround(tx, channelId, centre, 0, limit - wantBefore + 1));
      }
    }
    const wantAfter = Math.min(newer.length, limit - wantBefore);
    if (wantAfter < limit - wantBefore && older.length > wantBefore) {
      wantBefore = limit - wantAfter;
      ({ older } = await messagesAround(tx, channelId, centre, wantBefore + 1, 0));
      wantBefore = Math.min(wantBefore, older.length);
    }
    hasMoreBefore = older.length > wantBefore;
    hasMoreAfter = newer.length > wantAfter;
    messages = [...older.slice(older.length - wantBefore), ...newer.slice(0, wantAfter)].map(messageView);
  } else if (query.after !== undefined) {
    const { older, newer } = await messagesAround(tx, channelId, query.after + 1, 1, limit + 1);
    hasMoreAfter = newer.length > limit;
    hasMoreBefore = older.length > 0;
    messages = newer.slice(0, limit).map(messageView);
  } else {
    const before = query.before ?? Number.MAX_SAFE_INTEGER;
    const { older, newer } = await messagesAround(tx, channelId, before, limit + 1, query.before === undefined ? 0 : 1);
    hasMoreBefore = older.length > limit;
    hasMoreAfter = newer.length > 0;
    messages = older.slice(hasMoreBefore ? 1 : 0).map(messageView);
  }
  return { messages, hasMoreBefore, hasMoreAfter, lastReadSeq };
}

/** The sequence number a page centres on: a message of this channel (a thread reply: its root) or a number. */
async function centreSeq(tx: Tx, access: LoadedAccess, around: string): Promise<number> {
  if (/^[0-9]+$/.test(around)) return Number(around);
  const message = await storedMessage(tx, around.toLowerCase());
  if (!message || message.channelId !== access.row.id) throw notFound('Message');
  if (message.threadRootId && !message.alsoInChannel) {
    const root = await storedMessage(tx, message.threadRootId);
    return root ? Number(root.seq) : Number(message.seq);
  }
  return Number(message.seq);
}

/** A message the person may read, with the channel access behind it; 404 otherwise. */
export async function readableMessage(tx: Tx, personId: string, messageId: string) {
  const message = await storedMessage(tx, messageId);
  if (!message) throw notFound('Message');
  const access = await requireReadable(tx, message.channelId, personId).catch(() => {
    throw notFound('Message');
  });
  if (!canRead(access)) throw notFound('Message');
  return { message, access };
}

/** A thread: its root and replies (up to THREAD_LIMIT), oldest first. Given a reply, the thread it is in. */
export async function threadView(tx: Tx, personId: string, messageId: string): Promise<Thread> {
  let { message } = await readableMessage(tx, personId, messageId);
  if (message.threadRootId) {
    const root = await storedMessage(tx, message.threadRootId);
    if (root) message = root;
  }
  const replies = await threadReplies(tx, message.id, THREAD_LIMIT);
  return { root: messageView(message), replies: replies.map(messageView) };
}
