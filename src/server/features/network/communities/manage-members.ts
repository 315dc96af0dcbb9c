import { and, eq } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import type { CommunityRole } from '../policy.ts';
import { communityMembers } from '../tables.ts';
import { type CommunityActor, loadModeratedCommunity } from './community-access.ts';
import { dropMember, memberRow, refuseLastModerator } from './membership.ts';

/** A moderator makes a member a moderator, or a moderator a member again; the last moderator stays (409). */
export async function setMemberRole(
  deps: Deps,
  actor: CommunityActor,
  idOrSlug: string,
  personId: string,
  role: CommunityRole,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { community } = await loadModeratedCommunity(tx, actor.personId, idOrSlug);
    const row = await memberRow(tx, community.id, personId);
    if (row?.status !== 'member') throw notFound('Member');
    if (row.role === role) return;
    if (role === 'member') await refuseLastModerator(tx, community.id, personId);
    await tx
      .update(communityMembers)
      // A moderator's posts never wait; one who steps down keeps the trust they had as moderator.
      .set({ role, ...(role === 'moderator' ? { trusted: true } : {}) })
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.personId, personId)));
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.community_role_changed',
      subjectType: 'community',
      subjectId: community.id,
      ip: actor.ip,
      details: { personId, role, previousRole: row.role },
    });
    await emit(tx, {
      type: 'network.community.role-changed',
      payload: { communityId: community.id, personId, role },
      audience: { kind: 'persons', personIds: [personId] },
    });
  });
  await deps.publisher.flush();
}

/** A moderator removes a member (who loses the community's chat at once); the last moderator stays (409). */
export async function removeMember(deps: Deps, actor: CommunityActor, idOrSlug: string, personId: string) {
  await deps.db.transaction(async (tx) => {
    const { community } = await loadModeratedCommunity(tx, actor.personId, idOrSlug);
    const row = await memberRow(tx, community.id, personId);
    if (row?.status !== 'member') throw notFound('Member');
    if (row.role === 'moderator') await refuseLastModerator(tx, community.id, personId);
    await dropMember(tx, community, personId);
    await audit(tx, {
      actorId: actor.personId,
      action: 'network.community_member_removed',
      subjectType: 'community',
      subjectId: community.id,
      ip: actor.ip,
      details: { personId },
    });
    await emit(tx, {
      type: 'network.community.left',
      payload: { communityId: community.id, personId },
      audience: { kind: 'persons', personIds: [personId] },
    });
  });
  await deps.publisher.flush();
}
