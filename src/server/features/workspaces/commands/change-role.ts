import type { Deps } from '../../../deps.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { type WorkspaceRole, workspaceRole } from '../membership.ts';
import { type Actor, changeMemberRole } from '../membership-change.ts';
import { canManage, losesLastOwner } from '../policy.ts';
import { ownerIdsOf } from '../queries.ts';
import { visibleWorkspace } from '../standing.ts';
import { memberViews } from '../views.ts';

export const lastOwner = () =>
  conflict('last-owner', 'The workspace needs an owner', 'Make someone else an owner first.');

/** Owners change a member's role; the last owner keeps theirs. */
export async function changeRoleCommand(
  deps: Deps,
  actor: Actor,
  workspaceId: string,
  personId: string,
  role: WorkspaceRole,
) {
  const member = await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (!canManage(standing.role)) throw forbidden('Only owners can change roles.');
    const current = await workspaceRole(tx, workspaceId, personId);
    if (current === null) throw notFound('Member');
    if (current !== role) {
      if (losesLastOwner((await ownerIdsOf(tx, workspaceId)).length, current, role)) throw lastOwner();
      await changeMemberRole(tx, actor, workspace, { personId, from: current, to: role });
    }
    const [view] = await memberViews(tx, workspaceId, personId);
    return view;
  });
  await deps.publisher.flush();
  return member as NonNullable<typeof member>;
}
