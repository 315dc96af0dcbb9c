import type { ChannelSummary } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { invalid, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import type { ChatActor } from '../actor.ts';
import { activePersons, addMembership, conversationMembers, directChannelByKey, insertChannel } from '../queries.ts';
import { freshChannelSummary } from './channel-view.ts';

/** The one conversation two people have: their IDs sorted and joined. */
export const directKeyOf = (a: string, b: string) => [a, b].sort().join(':');

/**
 * Opens a direct conversation with one other person (the existing one, if the two already have it)
 * or a new group conversation with two to seven others.
 */
export async function openConversationCommand(
  deps: Deps,
  actor: ChatActor,
  personIds: string[],
): Promise<{ created: boolean; channel: ChannelSummary }> {
  const others = [...new Set(personIds.map((id) => id.toLowerCase()))].filter((id) => id !== actor.personId);
  if (others.length === 0) {
    throw invalid([{ field: 'body:/personIds', message: 'must name at least one other person' }]);
  }
  const open = () =>
    deps.db.transaction(async (tx) => {
      const found = await activePersons(tx, others);
      if (found.length !== others.length) throw notFound('Person');
      const directKey = others.length === 1 ? directKeyOf(actor.personId, others[0] as string) : null;
      if (directKey) {
        const existing = await directChannelByKey(tx, directKey);
        if (existing) {
          const members = (await conversationMembers(tx, [existing.id])).get(existing.id) ?? [];
          return { created: false, channel: freshChannelSummary(existing, members) };
        }
      }
      const row = await insertChannel(tx, {
        id: newId(),
        kind: directKey ? 'direct' : 'group',
        directKey,
        createdBy: actor.personId,
      });
      for (const personId of [actor.personId, ...others]) await addMembership(tx, row.id, personId);
      const members = (await conversationMembers(tx, [row.id])).get(row.id) ?? [];
      const channel = freshChannelSummary(row, members);
      await emit(tx, {
        type: 'conversation.created',
        payload: { channel },
        audience: { kind: 'persons', personIds: [actor.personId, ...others] },
      });
      return { created: true, channel };
    });
  // Two first messages at once: the unique direct key lets one conversation through; the other finds it.
  const result = await open().catch((err) => (isUniqueViolation(err) ? open() : Promise.reject(err)));
  if (result.created) await deps.publisher.flush();
  return result;
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
