import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { joinRequestViews } from '../join-request-views.ts';
import { workspaceRole } from '../membership.ts';
import { type Actor, addMembership } from '../membership-change.ts';
import { isOfOwner } from '../owner.ts';
import { canManage, roleOnJoining } from '../policy.ts';
import { personContact } from '../queries.ts';
import { answerRequestRow, lockRequest } from '../request-queries.ts';
import { visibleWorkspace } from '../standing.ts';

/**
 * Owners accept a join request (the person comes in as a member when they are the owner's, else as a
 * guest) or decline it. The person is notified either way.
 */
export async function answerJoinRequestCommand(
  deps: Deps,
  actor: Actor,
  workspaceId: string,
  requestId: string,
  accept: boolean,
) {
  const request = await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (!canManage(standing.role)) throw forbidden('Only owners answer join requests.');
    const row = await lockRequest(tx, workspaceId, requestId);
    if (!row) throw notFound('Join request');
    if (row.status !== 'open') throw conflict('already-answered', 'The request has already been answered');
    const status = accept ? 'accepted' : 'declined';
    await answerRequestRow(tx, requestId, status, actor.personId);
    if (accept) {
      if ((await workspaceRole(tx, workspaceId, row.personId)) === null) {
        const role = roleOnJoining(await isOfOwner(tx, row.personId, workspace));
        await addMembership(tx, actor, workspace, {
          personId: row.personId,
          role,
          via: 'join-request',
          details: { requestId },
        });
      }
    } else {
      await audit(tx, {
        actorId: actor.personId,
        action: 'workspace.join_request_declined',
        subjectType: 'workspace',
        subjectId: workspaceId,
        organisationId: workspace.ownerOrganisationId,
        ip: actor.ip,
        details: { workspaceName: workspace.name, requestId, personId: row.personId },
      });
    }
    const owner = await personContact(tx, actor.personId);
    await notify(tx, [row.personId], {
      kind: 'join-request-answered',
      data: { workspaceId, workspaceName: workspace.name, accepted: accept, actorName: owner?.name ?? '' },
      link: accept ? `/workspaces/${workspaceId}` : null,
    });
    const [view] = await joinRequestViews(tx, [{ ...row, status }]);
    return view;
  });
  await deps.publisher.flush();
  return request as NonNullable<typeof request>;
}
