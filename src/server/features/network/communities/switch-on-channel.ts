import { and, eq } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { openCommunityChannel } from '../../chat/channels/community-channel.ts';
import { communities, communityMembers } from '../tables.ts';
import { type CommunityActor, loadModeratedCommunity } from './community-access.ts';

/**
 * A moderator switches the community's chat on: a chat channel of kind `community` with every member
 * in it, from then on kept in step with the members. Switching it on again answers the same channel.
 */
export async function switchOnChannel(
  deps: Deps,
  actor: CommunityActor,
  idOrSlug: string,
): Promise<{ channelId: string; created: boolean }> {
  const result = await deps.db.transaction(async (tx) => {
    const { community } = await loadModeratedCommunity(tx, actor.personId, idOrSlug);
    if (community.channelId) return { channelId: community.channelId, created: false };
    const members = await tx
      .select({ personId: communityMembers.personId })
      .from(communityMembers)
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.status, 'member')));
    const channelId = await openCommunityChannel(tx, {
      name: community.name,
      createdBy: actor.personId,
      memberIds: members.map((m) => m.personId),
      archived: community.archivedAt !== null,
    });
    await tx.update(communities).set({ channelId, updatedAt: new Date() }).where(eq(communities.id, community.id));
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.community_channel_opened',
      subjectType: 'community',
      subjectId: community.id,
      ip: actor.ip,
      details: { channelId },
    });
    return { channelId, created: true };
  });
  if (result.created) await deps.publisher.flush();
  return result;
}
