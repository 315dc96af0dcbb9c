import type { Deps } from '../../../deps.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import type { WorkspaceRole } from '../membership.ts';
import { type Actor, addMembership } from '../membership-change.ts';
import { canManage } from '../policy.ts';
import { personContact } from '../queries.ts';
import { visibleWorkspace } from '../standing.ts';
import { memberViews } from '../views.ts';

/** Owners add a person with the role they choose (also `member` or `owner` for people of other organisations). */
export async function addMemberCommand(
  deps: Deps,
  actor: Actor,
  workspaceId: string,
  input: { personId: string; role: WorkspaceRole },
) {
  const member = await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (!canManage(standing.role)) throw forbidden('Only owners can add people to the workspace.');
    const person = await personContact(tx, input.personId);
    if (!person || person.locked) throw notFound('Person');
    const added = await addMembership(tx, actor, workspace, { ...input, via: 'added' });
    if (!added) throw conflict('already-member', 'The person is already a member of the workspace');
    const [view] = await memberViews(tx, workspaceId, input.personId);
    return view;
  });
  await deps.publisher.flush();
  return member as NonNullable<typeof member>;
}
