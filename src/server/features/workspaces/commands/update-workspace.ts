import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { cleanName } from '../clean-name.ts';
import type { Actor } from '../membership-change.ts';
import { canManage } from '../policy.ts';
import { updateWorkspaceRow } from '../queries.ts';
import type { UpdateWorkspaceInput } from '../schema.ts';
import { visibleWorkspace } from '../standing.ts';
import { workspaceWithOwner } from '../views.ts';

/** Owners change name, description and visibility. */
export async function updateWorkspaceCommand(deps: Deps, actor: Actor, id: string, input: UpdateWorkspaceInput) {
  const patch = {
    ...(input.name !== undefined ? { name: cleanName(input.name) } : {}),
    ...(input.description !== undefined ? { description: input.description.trim() } : {}),
    ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
  };
  const workspace = await deps.db.transaction(async (tx) => {
    const { workspace: before, standing } = await visibleWorkspace(tx, actor.personId, id, { lock: true });
    if (!canManage(standing.role)) throw forbidden('Only owners can change the workspace.');
    if (Object.keys(patch).length === 0) return workspaceWithOwner(tx, before);
    const after = await updateWorkspaceRow(tx, id, patch);
    await audit(tx, {
      actorId: actor.personId,
      action: 'workspace.updated',
      subjectType: 'workspace',
      subjectId: id,
      organisationId: after.ownerOrganisationId,
      ip: actor.ip,
      details: {
        changed: Object.keys(patch),
        ...(patch.visibility && patch.visibility !== before.visibility
          ? { visibility: { from: before.visibility, to: patch.visibility } }
          : {}),
      },
    });
    const view = await workspaceWithOwner(tx, after);
    await emit(tx, {
      type: 'workspace.updated',
      payload: { workspaceId: id, workspace: { ...view, createdAt: view.createdAt.toISOString() } },
      audience: { kind: 'workspace', workspaceId: id },
    });
    return view;
  });
  await deps.publisher.flush();
  return workspace;
}
