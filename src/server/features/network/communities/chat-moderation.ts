import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { communityStanding } from '../community-standing.ts';
import { canModerateCommunity } from '../policy.ts';
import { communities } from '../tables.ts';

// Moderating a community's chat: chat asks here whether someone moderates the community whose chat a
// channel is (they may then delete others' messages in it), and leaves the audit entry to the network,
// which keeps every moderator's action under its own name.

/** A community whose chat a channel is, as the audit log names it. */
export interface ChatCommunity {
  id: string;
  slug: string;
  name: string;
}

/** The community whose chat the channel is, when the person moderates it; null otherwise. */
export async function communityModeratedInChat(
  tx: Tx,
  channelId: string,
  personId: string,
): Promise<ChatCommunity | null> {
  const [community] = await tx
    .select({ id: communities.id, slug: communities.slug, name: communities.name })
    .from(communities)
    .where(eq(communities.channelId, channelId));
  if (!community) return null;
  const standing = await communityStanding(tx, community.id, personId);
  return standing && canModerateCommunity(standing) ? community : null;
}

/** A moderator deleted a member's message in the community's chat: one audit entry, in its transaction. */
export async function auditChatMessageDeleted(
  tx: Tx,
  actor: { personId: string; ip: string | null },
  community: ChatCommunity,
  message: { id: string; channelId: string; authorId: string },
): Promise<void> {
  await audit(tx, {
    actorId: actor.personId,
    action: 'network.chat_message_deleted',
    subjectType: 'message',
    subjectId: message.id,
    ip: actor.ip,
    details: {
      channelId: message.channelId,
      communityId: community.id,
      communityName: community.name,
      authorId: message.authorId,
    },
  });
}
