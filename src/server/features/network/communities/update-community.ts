import { eq } from 'drizzle-orm';
import type { CommunityDetail, UpdateCommunityInput } from '../../../../shared/contracts/network-communities.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { updateCommunityChannel } from '../../chat/channels/community-channel.ts';
import { communities } from '../tables.ts';
import { type CommunityActor, loadCommunity, loadModeratedCommunity } from './community-access.ts';
import { communityDetail } from './community-views.ts';
import { cleanCommunityName } from './create-community.ts';

/**
 * A moderator changes the name, description, how to join, whether first posts wait, or archives the
 * community (its chat is archived with it). The slug stays, so links keep working.
 */
export async function updateCommunity(
  deps: Deps,
  actor: CommunityActor,
  idOrSlug: string,
  input: UpdateCommunityInput,
): Promise<CommunityDetail> {
  const detail = await deps.db.transaction(async (tx) => {
    const { community } = await loadModeratedCommunity(tx, actor.personId, idOrSlug);
    const set: Partial<typeof communities.$inferInsert> = {};
    if (input.name !== undefined) set.name = cleanCommunityName(input.name);
    if (input.description !== undefined) set.description = input.description.trim();
    if (input.joinPolicy !== undefined) set.joinPolicy = input.joinPolicy;
    if (input.approveFirstPosts !== undefined) set.approveFirstPosts = input.approveFirstPosts;
    const archiving = input.archived !== undefined && input.archived !== (community.archivedAt !== null);
    if (archiving) set.archivedAt = input.archived ? new Date() : null;
    await tx
      .update(communities)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(communities.id, community.id));
    if (community.channelId && (set.name !== undefined || archiving)) {
      await updateCommunityChannel(tx, community.channelId, {
        ...(set.name !== undefined ? { name: set.name } : {}),
        ...(archiving ? { archived: input.archived === true } : {}),
      });
    }
    await audit(tx, {
      actorId: actor.personId,
      action: archiving
        ? input.archived
          ? 'network.community_archived'
          : 'network.community_restored'
        : 'network.community_updated',
      subjectType: 'community',
      subjectId: community.id,
      ip: actor.ip,
      details: { changed: Object.keys(set), ...(set.name ? { name: set.name, previousName: community.name } : {}) },
    });
    await emit(tx, {
      type: 'network.community.updated',
      payload: { communityId: community.id },
      audience: { kind: 'persons', personIds: [actor.personId] },
    });
    const fresh = await loadCommunity(tx, actor.personId, community.id);
    return communityDetail(tx, actor.personId, fresh.community, fresh.standing);
  });
  await deps.publisher.flush();
  return detail;
}
