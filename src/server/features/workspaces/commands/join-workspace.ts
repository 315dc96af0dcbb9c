import type { Deps } from '../../../deps.ts';
import { conflict, Problem } from '../../../platform/errors/problem.ts';
import { type Actor, addMembership } from '../membership-change.ts';
import { canJoin, roleOnJoining } from '../policy.ts';
import { visibleWorkspace } from '../standing.ts';
import { memberViews } from '../views.ts';

/** People of the owning organisation or alliance join a workspace open to them, as members. */
export async function joinWorkspaceCommand(deps: Deps, actor: Actor, workspaceId: string) {
  const member = await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (standing.role !== null) throw conflict('already-member', 'You are already a member of the workspace');
    if (!canJoin(workspace.visibility, standing)) {
      throw new Problem(
        403,
        'join-by-request',
        'Only people of the owning organisation or alliance can join directly',
        'Ask to join instead; the owners decide.',
      );
    }
    await addMembership(tx, actor, workspace, {
      personId: actor.personId,
      role: roleOnJoining(standing.ofOwner),
      via: 'joined',
    });
    const [view] = await memberViews(tx, workspaceId, actor.personId);
    return view;
  });
  await deps.publisher.flush();
  return member as NonNullable<typeof member>;
}
