import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { type CommunityActor, loadCommunity } from './community-access.ts';
import { dropMember, refuseLastModerator } from './membership.ts';

/**
 * Leaving a community, or taking back a request to join. The community's chat is gone for the person
 * at once. The last moderator cannot leave (409).
 */
export async function leaveCommunity(deps: Deps, actor: CommunityActor, idOrSlug: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { community, standing } = await loadCommunity(tx, actor.personId, idOrSlug, true);
    if (!standing.member) return;
    if (standing.member.status === 'member' && standing.member.role === 'moderator') {
      await refuseLastModerator(tx, community.id, actor.personId);
    }
    await dropMember(tx, community, actor.personId);
    await audit(tx, {
      actorId: actor.personId,
      action: standing.member.status === 'member' ? 'network.community_left' : 'network.community_request_withdrawn',
      subjectType: 'community',
      subjectId: community.id,
      ip: actor.ip,
    });
    await emit(tx, {
      type: 'network.community.left',
      payload: { communityId: community.id, personId: actor.personId },
      audience: { kind: 'persons', personIds: [actor.personId] },
    });
  });
  await deps.publisher.flush();
}
