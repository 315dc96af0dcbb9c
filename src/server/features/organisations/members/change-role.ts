import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { type OrganisationRole, organisationRoleOf } from '../membership.ts';
import { canManage, refuseMemberChange } from '../policy.ts';
import { countConfirmedAdmins, setMembership } from '../queries.ts';
import type { Actor } from '../viewer.ts';
import { lockForMemberChange, requireMember } from './member-context.ts';

/** Gives a confirmed member another role (admin, editor, member); the last admin stays. */
export async function changeRole(
  db: Db,
  actor: Actor,
  organisationId: string,
  personId: string,
  role: OrganisationRole,
) {
  await db.transaction(async (tx) => {
    const viewer = await lockForMemberChange(tx, actor, organisationId);
    if (!canManage(viewer, organisationId)) throw forbidden('Only administrators of the organisation change roles.');
    const member = await requireMember(tx, organisationId, personId);
    const state = {
      role: organisationRoleOf(member.role),
      status: member.status === 'confirmed' ? 'confirmed' : 'pending',
    } as const;
    const refusal = refuseMemberChange(state, { kind: 'role', role }, await countConfirmedAdmins(tx, organisationId));
    if (refusal === 'last-admin') {
      throw conflict(
        'last-admin',
        'The last administrator cannot be demoted',
        'Make another member an administrator first.',
      );
    }
    if (refusal === 'not-confirmed') {
      throw conflict('not-confirmed', 'Only confirmed members can be given a role', 'Confirm the membership first.');
    }
    if (member.role === role) return;
    await setMembership(tx, organisationId, personId, { role });
    await audit(tx, {
      actorId: viewer.personId,
      action: 'organisation.role_changed',
      subjectType: 'person',
      subjectId: personId,
      organisationId,
      ip: actor.ip,
      details: { from: member.role, to: role },
    });
  });
}
