import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { notify } from '../../notifications/notify.ts';
import { type CommunityActor, loadModeratedCommunity } from './community-access.ts';
import { admitMember, dropMember, memberRow } from './membership.ts';

/**
 * A moderator accepts a request to join (the person becomes a member and reads the community's chat
 * at once) or refuses it (the request is gone); either way the person is told.
 */
export async function answerJoinRequest(
  deps: Deps,
  actor: CommunityActor,
  idOrSlug: string,
  personId: string,
  accepted: boolean,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { community } = await loadModeratedCommunity(tx, actor.personId, idOrSlug);
    const row = await memberRow(tx, community.id, personId);
    if (row?.status !== 'requested') throw notFound('Request');
    if (accepted) await admitMember(tx, community, personId, row.requestNote);
    else await dropMember(tx, community, personId);
    await notify(tx, [personId], {
      kind: networkNotificationKinds.joinAnswered,
      data: { communityName: community.name, accepted },
      link: `/network/communities/${community.slug}`,
    });
    await audit(tx, {
      actorId: actor.personId,
      action: accepted ? 'network.community_request_accepted' : 'network.community_request_refused',
      subjectType: 'community',
      subjectId: community.id,
      ip: actor.ip,
      details: { personId },
    });
    await emit(tx, {
      type: accepted ? 'network.community.joined' : 'network.community.refused',
      payload: { communityId: community.id, personId },
      audience: { kind: 'persons', personIds: [personId, actor.personId] },
    });
  });
  await deps.publisher.flush();
}
