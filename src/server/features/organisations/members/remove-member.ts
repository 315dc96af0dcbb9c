import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { organisationRoleOf } from '../membership.ts';
import { canRemoveMember, refuseMemberChange } from '../policy.ts';
import { countConfirmedAdmins, deleteMembership } from '../queries.ts';
import type { Actor } from '../viewer.ts';
import { lockForMemberChange, requireMember } from './member-context.ts';

/**
 * Ends a membership: an admin removes a member or rejects a pending request, or a person leaves.
 * The person keeps their account, without a home organisation. The last admin cannot go.
 */
export async function removeMember(db: Db, actor: Actor, organisationId: string, personId: string) {
  await db.transaction(async (tx) => {
    const viewer = await lockForMemberChange(tx, actor, organisationId);
    if (!canRemoveMember(viewer, organisationId, personId)) {
      throw forbidden('Only administrators of the organisation remove members.');
    }
    const member = await requireMember(tx, organisationId, personId);
    const state = {
      role: organisationRoleOf(member.role),
      status: member.status === 'confirmed' ? 'confirmed' : 'pending',
    } as const;
    if (
      refuseMemberChange(state, { kind: 'remove' }, await countConfirmedAdmins(tx, organisationId)) === 'last-admin'
    ) {
      throw conflict(
        'last-admin',
        'The last administrator cannot be removed',
        'Make another member an administrator first.',
      );
    }
    await deleteMembership(tx, organisationId, personId);
    const action =
      viewer.personId === personId
        ? 'organisation.member_left'
        : member.status === 'pending'
          ? 'organisation.member_rejected'
          : 'organisation.member_removed';
    await audit(tx, {
      actorId: viewer.personId,
      action,
      subjectType: 'person',
      subjectId: personId,
      organisationId,
      ip: actor.ip,
      details: { role: member.role, status: member.status },
    });
  });
}
