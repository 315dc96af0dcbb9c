import { eq, sql } from 'drizzle-orm';
import type { ChatMessage } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { auditChatMessageDeleted, communityModeratedInChat } from '../../network/communities/chat-moderation.ts';
import { archived, type LoadedAccess, loadAccess } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { canDeleteMessage, canEditMessage, canPost, canRead } from '../policy.ts';
import { readersOf } from '../queries.ts';
import { messageAttachments, messageMentions, messageReactions, messages } from '../tables.ts';
import { notifyAboutMessage } from './chat-notifications.ts';
import { renderMessage } from './markdown.ts';
import { resolveMentions } from './mentions.ts';
import { lockMessage, type MessageRow, storedMessage } from './message-queries.ts';
import { messageView } from './message-view.ts';
import { cleanMessageText, storeMentions } from './post-message.ts';

/** The message, locked, with the actor's access to its channel; 404 when they may not read it. */
async function lockReadable(
  tx: Tx,
  actor: ChatActor,
  messageId: string,
): Promise<{ row: MessageRow; access: LoadedAccess }> {
  const row = await lockMessage(tx, messageId);
  const access = row ? await loadAccess(tx, row.channelId, actor.personId) : null;
  if (!row || !access || !canRead(access)) throw notFound('Message');
  return { row, access };
}

async function viewOf(tx: Tx, messageId: string): Promise<ChatMessage> {
  const stored = await storedMessage(tx, messageId);
  if (!stored) throw notFound('Message');
  return messageView(stored);
}

const deletedAlready = () => conflict('message-deleted', 'The message was deleted');

/** The author changes the text; the message shows as edited, and people newly mentioned are notified. */
export async function editMessageCommand(deps: Deps, actor: ChatActor, messageId: string, rawText: string) {
  const text = cleanMessageText(rawText);
  const message = await deps.db.transaction(async (tx) => {
    const { row, access } = await lockReadable(tx, actor, messageId);
    if (row.deletedAt) throw deletedAlready();
    if (row.authorId !== actor.personId) throw forbidden('Only the author can edit a message.');
    if (!canPost(access)) throw archived();
    if (!canEditMessage(access, row, actor.personId)) throw forbidden();
    const readers = text.includes('@') ? await readersOf(tx, access.channel) : [];
    const mentioned = resolveMentions(
      text,
      readers.map((r) => ({ id: r.personId, name: r.name })),
    );
    const before = await tx
      .delete(messageMentions)
      .where(eq(messageMentions.messageId, messageId))
      .returning({ personId: messageMentions.personId });
    await storeMentions(tx, { id: row.id, channelId: row.channelId, seq: row.seq }, mentioned.personIds);
    const named = new Set(mentioned.personIds);
    const html = renderMessage(
      text,
      readers.filter((r) => named.has(r.personId)).map((r) => ({ id: r.personId, name: r.name })),
    );
    await tx
      .update(messages)
      .set({
        text,
        html,
        editedAt: new Date(),
        mentionsChannel: mentioned.channel,
        searchVector: sql`to_tsvector('german', ${text})`,
      })
      .where(eq(messages.id, messageId));
    const known = new Set(before.map((b) => b.personId));
    const fresh = {
      personIds: mentioned.personIds.filter((id) => !known.has(id)),
      channel: mentioned.channel && !row.mentionsChannel,
    };
    if (fresh.personIds.length > 0 || fresh.channel) {
      const onlyMentions = { ...access, channel: { ...access.channel, kind: 'channel' as const } };
      await notifyAboutMessage(
        tx,
        actor,
        onlyMentions,
        readers,
        { id: row.id, seq: row.seq, text, threadRootId: row.threadRootId },
        fresh,
      );
    }
    const view = await viewOf(tx, messageId);
    await emit(tx, {
      type: 'message.updated',
      payload: { channelId: row.channelId, message: view },
      audience: { kind: 'channel', channelId: row.channelId },
    });
    return view;
  });
  await deps.publisher.flush();
  return message;
}

/**
 * Deletes a message (its author; as moderation, an owner of the workspace or a moderator of the
 * community whose chat it is): a tombstone stays in its place ("Nachricht gelöscht") so threads and
 * positions hold; text, mentions, reactions and attachments go.
 */
export async function deleteMessageCommand(deps: Deps, actor: ChatActor, messageId: string) {
  await deps.db.transaction(async (tx) => {
    const { row, access } = await lockReadable(tx, actor, messageId);
    if (row.deletedAt) return;
    const community =
      access.channel.kind === 'community' && row.authorId !== actor.personId
        ? await communityModeratedInChat(tx, row.channelId, actor.personId)
        : null;
    if (!canDeleteMessage({ ...access, moderatesCommunity: community !== null }, row, actor.personId)) {
      throw forbidden(
        'Only the author, an owner of the workspace or a moderator of the community can delete a message.',
      );
    }
    await tx
      .update(messages)
      .set({ text: '', html: '', reactions: [], deletedAt: new Date(), mentionsChannel: false, searchVector: null })
      .where(eq(messages.id, messageId));
    await tx.delete(messageMentions).where(eq(messageMentions.messageId, messageId));
    await tx.delete(messageReactions).where(eq(messageReactions.messageId, messageId));
    await tx.delete(messageAttachments).where(eq(messageAttachments.messageId, messageId));
    if (community) {
      await auditChatMessageDeleted(tx, actor, community, {
        id: messageId,
        channelId: row.channelId,
        authorId: row.authorId,
      });
    } else if (row.authorId !== actor.personId) {
      await audit(tx, {
        actorId: actor.personId,
        action: 'chat.message_deleted',
        subjectType: 'message',
        subjectId: messageId,
        ip: actor.ip,
        details: { channelId: row.channelId, workspaceId: access.row.workspaceId, authorId: row.authorId },
      });
    }
    const view = await viewOf(tx, messageId);
    await emit(tx, {
      type: 'message.deleted',
      payload: { channelId: row.channelId, messageId, message: view },
      audience: { kind: 'channel', channelId: row.channelId },
    });
  });
  await deps.publisher.flush();
}
