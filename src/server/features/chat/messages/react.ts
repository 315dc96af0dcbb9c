import type { Reaction } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { conflict, invalid, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { archived, loadAccess } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { canPost, canRead } from '../policy.ts';
import { isEmoji } from './emoji.ts';
import {
  addReaction,
  lockMessage,
  reactionCounts,
  reactionsOf,
  removeReaction,
  storeReactionSummary,
} from './message-queries.ts';

/** Most different emoji on one message, and most reactions one person gives one message. */
export const MAX_EMOJI_PER_MESSAGE = 50;
export const MAX_REACTIONS_PER_PERSON = 20;

/** Adds (`on`) or takes back one emoji reaction of the actor; tells the channel when it changed. */
export async function reactCommand(
  deps: Deps,
  actor: ChatActor,
  messageId: string,
  rawEmoji: string,
  on: boolean,
): Promise<{ messageId: string; reactions: Reaction[] }> {
  const emoji = rawEmoji.normalize('NFC');
  if (!isEmoji(emoji)) throw invalid([{ field: 'params:/emoji', message: 'must be one emoji' }]);
  const result = await deps.db.transaction(async (tx) => {
    const row = await lockMessage(tx, messageId);
    const access = row ? await loadAccess(tx, row.channelId, actor.personId) : null;
    if (!row || !access || !canRead(access)) throw notFound('Message');
    if (row.deletedAt) throw conflict('message-deleted', 'The message was deleted');
    if (!canPost(access)) throw archived();
    let changed: boolean;
    if (on) {
      const counts = await reactionCounts(tx, messageId, actor.personId);
      const existing = await reactionsOf(tx, messageId);
      const known = existing.find((r) => r.emoji === emoji);
      if (known?.personIds.includes(actor.personId)) changed = false;
      else {
        if (!known && counts.distinct >= MAX_EMOJI_PER_MESSAGE) {
          throw conflict('too-many-reactions', `A message carries at most ${MAX_EMOJI_PER_MESSAGE} different emoji`);
        }
        if (counts.mine >= MAX_REACTIONS_PER_PERSON) {
          throw conflict(
            'too-many-reactions',
            `One person gives a message at most ${MAX_REACTIONS_PER_PERSON} reactions`,
          );
        }
        changed = await addReaction(tx, messageId, actor.personId, emoji);
      }
    } else {
      changed = await removeReaction(tx, messageId, actor.personId, emoji);
    }
    if (changed) await storeReactionSummary(tx, messageId);
    const reactions = await reactionsOf(tx, messageId);
    if (changed) {
      await emit(tx, {
        type: 'reaction.changed',
        payload: { channelId: row.channelId, messageId, reactions },
        audience: { kind: 'channel', channelId: row.channelId },
      });
    }
    return { messageId, reactions, changed };
  });
  if (result.changed) await deps.publisher.flush();
  return { messageId: result.messageId, reactions: result.reactions };
}
