import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden, notFound } from '../../../platform/errors/problem.ts';
import { findOpenInvitation, revokeInvitationRow } from '../invitation-queries.ts';
import type { Actor } from '../membership-change.ts';
import { canInvite } from '../policy.ts';
import { visibleWorkspace } from '../standing.ts';

/** Owners withdraw an open invitation; its link stops working at once. */
export async function revokeInvitationCommand(deps: Deps, actor: Actor, workspaceId: string, invitationId: string) {
  await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (!canInvite(standing.role)) throw forbidden('Only owners can withdraw invitations.');
    const invitation = await findOpenInvitation(tx, workspaceId, invitationId);
    if (!invitation) throw notFound('Invitation');
    await revokeInvitationRow(tx, invitationId);
    await audit(tx, {
      actorId: actor.personId,
      action: 'workspace.invitation_revoked',
      subjectType: 'workspace',
      subjectId: workspaceId,
      organisationId: workspace.ownerOrganisationId,
      ip: actor.ip,
      details: { workspaceName: workspace.name, invitationId, email: invitation.email, role: invitation.role },
    });
  });
}
