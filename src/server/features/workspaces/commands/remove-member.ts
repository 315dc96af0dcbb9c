import type { Deps } from '../../../deps.ts';
import { forbidden, notFound } from '../../../platform/errors/problem.ts';
import { workspaceRole } from '../membership.ts';
import { type Actor, removeMembership } from '../membership-change.ts';
import { canRemoveMember, losesLastOwner } from '../policy.ts';
import { ownerIdsOf } from '../queries.ts';
import { visibleWorkspace } from '../standing.ts';
import { lastOwner } from './change-role.ts';

/** A member leaves, or an owner removes someone; either way they leave the workspace's channels too. */
export async function removeMemberCommand(deps: Deps, actor: Actor, workspaceId: string, personId: string) {
  await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (standing.role === null && personId === actor.personId) throw notFound('Member');
    if (!canRemoveMember({ personId: actor.personId, role: standing.role }, personId)) {
      throw forbidden('Only owners can remove other people from the workspace.');
    }
    const role = await workspaceRole(tx, workspaceId, personId);
    if (role === null) throw notFound('Member');
    if (losesLastOwner((await ownerIdsOf(tx, workspaceId)).length, role, null)) throw lastOwner();
    await removeMembership(tx, actor, workspace, { personId, role });
  });
  await deps.publisher.flush();
}
