import { and, eq } from 'drizzle-orm';
import type { CommunityDetail, JoinCommunityInput } from '../../../../shared/contracts/network-communities.ts';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { cleanText } from '../../../platform/http/input-text.ts';
import { notify } from '../../notifications/notify.ts';
import { communityMembers } from '../tables.ts';
import { type CommunityActor, loadCommunity } from './community-access.ts';
import { communityDetail } from './community-views.ts';
import { admitMember } from './membership.ts';

/**
 * Joining: an open community takes the person in at once; a community joined by request records the
 * request with its note and tells the moderators. Asking again changes nothing.
 */
export async function joinCommunity(
  deps: Deps,
  actor: CommunityActor,
  idOrSlug: string,
  input: JoinCommunityInput,
): Promise<CommunityDetail> {
  const note = cleanText(input.note ?? '').trim();
  const detail = await deps.db.transaction(async (tx) => {
    const { community, standing } = await loadCommunity(tx, actor.personId, idOrSlug, true);
    if (community.archivedAt) throw conflict('community-archived', 'The community is archived');
    const status = standing.member?.status ?? null;
    if (status !== 'member' && (community.joinPolicy === 'open' || status === null)) {
      if (community.joinPolicy === 'open') {
        await admitMember(tx, community, actor.personId, note);
      } else {
        await tx.insert(communityMembers).values({
          communityId: community.id,
          personId: actor.personId,
          role: 'member',
          status: 'requested',
          requestNote: note,
        });
        const moderators = await tx
          .select({ personId: communityMembers.personId })
          .from(communityMembers)
          .where(
            and(
              eq(communityMembers.communityId, community.id),
              eq(communityMembers.role, 'moderator'),
              eq(communityMembers.status, 'member'),
            ),
          );
        await notify(
          tx,
          moderators.map((m) => m.personId),
          {
            kind: networkNotificationKinds.joinRequest,
            data: { actorName: actor.name, communityName: community.name },
            link: `/network/communities/${community.slug}`,
          },
        );
      }
      const joined = community.joinPolicy === 'open';
      await audit(tx, {
        actorId: actor.personId,
        action: joined ? 'network.community_joined' : 'network.community_join_requested',
        subjectType: 'community',
        subjectId: community.id,
        ip: actor.ip,
      });
      await emit(tx, {
        type: joined ? 'network.community.joined' : 'network.community.requested',
        payload: { communityId: community.id, personId: actor.personId },
        audience: { kind: 'persons', personIds: [actor.personId] },
      });
    }
    const fresh = await loadCommunity(tx, actor.personId, community.id);
    return communityDetail(tx, actor.personId, fresh.community, fresh.standing);
  });
  await deps.publisher.flush();
  return detail;
}
