import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, Problem } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { joinRequestViews } from '../join-request-views.ts';
import type { Actor } from '../membership-change.ts';
import { canRequestToJoin } from '../policy.ts';
import { ownerIdsOf, personContact } from '../queries.ts';
import { insertJoinRequest } from '../request-queries.ts';
import { visibleWorkspace } from '../standing.ts';

const EXCERPT = 200;

/** Someone outside the owner asks to join a platform-wide workspace; its owners are notified. */
export async function requestToJoinCommand(deps: Deps, actor: Actor, workspaceId: string, message: string) {
  const request = await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (standing.role !== null) throw conflict('already-member', 'You are already a member of the workspace');
    if (standing.request === 'open') throw conflict('already-requested', 'You have already asked to join');
    if (!canRequestToJoin(workspace.visibility, standing)) {
      throw standing.request === 'declined'
        ? new Problem(403, 'request-declined', 'The owners declined your request', 'They can still invite you.')
        : new Problem(403, 'join-directly', 'You can join this workspace directly', 'Join it without asking.');
    }
    const row = await insertJoinRequest(tx, { workspaceId, personId: actor.personId, message: message.trim() });
    await audit(tx, {
      actorId: actor.personId,
      action: 'workspace.join_requested',
      subjectType: 'workspace',
      subjectId: workspaceId,
      organisationId: workspace.ownerOrganisationId,
      ip: actor.ip,
      details: { workspaceName: workspace.name, requestId: row.id },
    });
    const person = await personContact(tx, actor.personId);
    await notify(tx, await ownerIdsOf(tx, workspaceId), {
      kind: 'join-request',
      data: {
        workspaceId,
        workspaceName: workspace.name,
        requestId: row.id,
        actorName: person?.name ?? '',
        excerpt: row.message.slice(0, EXCERPT),
      },
      link: `/workspaces/${workspaceId}`,
    });
    const [view] = await joinRequestViews(tx, [{ ...row, personName: person?.name ?? '' }]);
    return view;
  });
  await deps.publisher.flush();
  return request as NonNullable<typeof request>;
}
