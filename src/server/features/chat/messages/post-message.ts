import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ChatMessage } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { invalid, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { type Answer, type IdempotencyKey, writeOnce } from '../../../platform/http/idempotency.ts';
import { cleanText } from '../../../platform/http/input-text.ts';
import { requirePostable } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { isConversation } from '../policy.ts';
import { readersOf } from '../queries.ts';
import { readUpTo } from '../read-state/read-state.ts';
import type { PostMessageInput } from '../schema.ts';
import { messageAttachments, messageMentions, messages } from '../tables.ts';
import { notifyAboutMessage } from './chat-notifications.ts';
import { renderMessage } from './markdown.ts';
import { resolveMentions } from './mentions.ts';
import { lockMessage } from './message-queries.ts';
import { messageView } from './message-view.ts';

/** The platform's input rule, also for texts that did not come through HTTP: control characters mark search hits. */
export function cleanMessageText(text: string): string {
  const cleaned = cleanText(text);
  if (cleaned.trim() === '') throw invalid([{ field: 'body:/text', message: 'must not be blank' }]);
  return cleaned;
}

/** Stores the people a message mentions, for the mention badge. */
export async function storeMentions(
  tx: Tx,
  message: { id: string; channelId: string; seq: number },
  personIds: readonly string[],
) {
  if (personIds.length === 0) return;
  await tx
    .insert(messageMentions)
    .values(
      personIds.map((personId) => ({
        messageId: message.id,
        personId,
        channelId: message.channelId,
        seq: message.seq,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Posts a message (or a thread reply) in a channel the person may write to: gives it the channel's
 * next sequence number, resolves mentions, attaches uploaded files, updates the thread's root,
 * notifies whom it concerns and tells the channel's readers. With an idempotency key, a repeat
 * (the client's retry after a lost answer) gets the first post's answer and posts nothing.
 */
export async function postMessageCommand(
  deps: Deps,
  actor: ChatActor,
  channelId: string,
  input: PostMessageInput,
  key: IdempotencyKey | null = null,
): Promise<Answer<ChatMessage>> {
  const text = cleanMessageText(input.text);
  const answer = await writeOnce(deps.db, key, 201, async (tx) => {
    const access = await requirePostable(tx, channelId, actor.personId);
    let rootId: string | null = null;
    if (input.threadRootId) {
      let root = await lockMessage(tx, input.threadRootId);
      // Replying to a reply continues the thread it is in.
      if (root?.threadRootId) root = await lockMessage(tx, root.threadRootId);
      if (!root || root.channelId !== channelId) throw notFound('Thread');
      rootId = root.id;
    }
    const conversation = isConversation(access.channel.kind);
    const readers = text.includes('@') || conversation ? await readersOf(tx, access.channel) : [];
    const mentioned = resolveMentions(
      text,
      readers.map((r) => ({ id: r.personId, name: r.name })),
    );
    const named = new Set(mentioned.personIds);
    const mentions = readers
      .filter((r) => named.has(r.personId))
      .map((r) => ({ id: r.personId, name: r.name }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const html = renderMessage(text, mentions);
    const id = newId();
    const alsoInChannel = rootId !== null && input.alsoInChannel === true;
    const { seq, createdAt } = await insertNextMessage(tx, {
      id,
      channelId,
      authorId: actor.personId,
      text,
      html,
      threadRootId: rootId,
      alsoInChannel,
      mentionsChannel: mentioned.channel,
    });
    await storeMentions(tx, { id, channelId, seq }, mentioned.personIds);
    const attachments = input.attachmentIds?.length
      ? await claimAttachments(tx, actor.personId, channelId, id, input.attachmentIds)
      : [];
    if (rootId) await updateThreadRoot(tx, channelId, rootId, actor.personId);
    // Whoever writes in the channel has read it up to there; a reply only in a thread leaves the channel
    // unread. Their other devices learn it from message.created, so no channel.read is sent.
    if (!rootId || alsoInChannel) await readUpTo(tx, actor.personId, channelId, seq, { announce: false });
    await notifyAboutMessage(tx, actor, access, readers, { id, seq, text, threadRootId: rootId }, mentioned);
    // Everything the message shows is known here; reading it back would cost a query per post.
    const view = messageView({
      id,
      channelId,
      seq,
      author: { id: actor.personId, name: actor.name },
      text,
      threadRootId: rootId,
      alsoInChannel,
      replyCount: 0,
      lastReplyAt: null,
      lastRepliers: [],
      mentions,
      mentionsChannel: mentioned.channel,
      html,
      reactions: [],
      attachments,
      createdAt,
      editedAt: null,
      deletedAt: null,
    });
    await emit(tx, {
      type: 'message.created',
      payload: { channelId, message: view },
      audience: { kind: 'channel', channelId },
    });
    return view;
  });
  if (!answer.replayed) await deps.publisher.flush();
  return answer;
}

/** Gives the message the channel's next sequence number and stores it, in one statement. */
async function insertNextMessage(
  tx: Tx,
  m: {
    id: string;
    channelId: string;
    authorId: string;
    text: string;
    html: string;
    threadRootId: string | null;
    alsoInChannel: boolean;
    mentionsChannel: boolean;
  },
): Promise<{ seq: number; createdAt: string }> {
  const result = await tx.execute(sql`
    with next as (
      update channels set last_seq = last_seq + 1, last_message_at = now()
      where id = ${m.channelId} returning last_seq
    )
    insert into messages (id, channel_id, seq, author_id, text, html, thread_root_id, also_in_channel, mentions_channel, search_vector)
    select ${m.id}, ${m.channelId}, next.last_seq, ${m.authorId}, ${m.text}, ${m.html}, ${m.threadRootId}, ${m.alsoInChannel},
      ${m.mentionsChannel}, to_tsvector('german', ${m.text})
    from next
    returning seq, to_json(created_at) #>> '{}' as created_at`);
  const row = rowsOf<{ seq: number | string; created_at: string }>(result)[0];
  if (!row) throw notFound('Channel');
  return { seq: Number(row.seq), createdAt: row.created_at };
}

async function claimAttachments(tx: Tx, personId: string, channelId: string, messageId: string, ids: string[]) {
  const claimed = await tx
    .update(messageAttachments)
    .set({ messageId })
    .where(
      and(
        inArray(messageAttachments.id, ids),
        eq(messageAttachments.channelId, channelId),
        eq(messageAttachments.uploadedBy, personId),
        isNull(messageAttachments.messageId),
      ),
    )
    .returning({
      id: messageAttachments.id,
      fileName: messageAttachments.fileName,
      mediaType: messageAttachments.mediaType,
      size: messageAttachments.size,
      width: messageAttachments.width,
      height: messageAttachments.height,
    });
  if (claimed.length !== ids.length) {
    throw invalid([{ field: 'body:/attachmentIds', message: 'must name your own unused uploads to this channel' }]);
  }
  // In the order the poster gave them.
  return ids.map((attachmentId) => claimed.find((c) => c.id === attachmentId) as (typeof claimed)[number]);
}

async function updateThreadRoot(tx: Tx, channelId: string, rootId: string, personId: string) {
  const rows = await tx
    .update(messages)
    .set({
      replyCount: sql`${messages.replyCount} + 1`,
      lastReplyAt: sql`now()`,
      lastReplierIds: sql`(array[${personId}::uuid] || array_remove(${messages.lastReplierIds}, ${personId}::uuid))[1:3]`,
    })
    .where(eq(messages.id, rootId))
    .returning({
      replyCount: messages.replyCount,
      lastReplyAt: messages.lastReplyAt,
      lastReplierIds: messages.lastReplierIds,
    });
  const root = rows[0];
  if (!root) return;
  await emit(tx, {
    type: 'thread.updated',
    payload: {
      channelId,
      messageId: rootId,
      replyCount: root.replyCount,
      lastReplyAt: root.lastReplyAt?.toISOString() ?? null,
      lastReplierIds: root.lastReplierIds,
    },
    audience: { kind: 'channel', channelId },
  });
}
