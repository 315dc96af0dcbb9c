import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, invalid } from '../../../platform/errors/problem.ts';
import { allianceRefs } from '../../alliances/refs.ts';
import { createDefaultChannel } from '../../chat/channels/workspace-channels.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { cleanName } from '../clean-name.ts';
import { type Actor, addMembership } from '../membership-change.ts';
import { isOfOwner } from '../owner.ts';
import { canCreateFor } from '../policy.ts';
import { insertWorkspace } from '../queries.ts';
import type { CreateWorkspaceInput } from '../schema.ts';
import { workspaceWithOwner } from '../views.ts';

/**
 * Creates a workspace for an organisation or an alliance the creator belongs to. The creator becomes
 * its first owner, and it gets its default channel.
 */
export async function createWorkspaceCommand(deps: Deps, actor: Actor, input: CreateWorkspaceInput) {
  const name = cleanName(input.name);
  const organisationId = input.ownerOrganisationId ?? null;
  const allianceId = input.ownerAllianceId ?? null;
  if ((organisationId === null) === (allianceId === null)) {
    throw invalid(
      [{ field: 'body', message: 'give exactly one of ownerOrganisationId and ownerAllianceId' }],
      'A workspace belongs to one organisation or one alliance',
    );
  }
  const workspace = await deps.db.transaction(async (tx) => {
    if (organisationId && !(await organisationSummary(tx, organisationId))) {
      throw invalid(
        [{ field: 'body:/ownerOrganisationId', message: 'no such organisation' }],
        'Organisation not found',
      );
    }
    if (allianceId && (await allianceRefs(tx, [allianceId])).length === 0) {
      throw invalid([{ field: 'body:/ownerAllianceId', message: 'no such alliance' }], 'Alliance not found');
    }
    const owner = { ownerOrganisationId: organisationId, ownerAllianceId: allianceId };
    if (!canCreateFor(await isOfOwner(tx, actor.personId, owner))) {
      throw forbidden(
        organisationId
          ? 'Only confirmed members of the organisation can create a workspace for it.'
          : 'Only people of the alliance’s member organisations can create a workspace for it.',
      );
    }
    const row = await insertWorkspace(tx, {
      id: newId(),
      name,
      description: input.description?.trim() ?? '',
      ...owner,
      visibility: input.visibility,
      createdBy: actor.personId,
    });
    await audit(tx, {
      actorId: actor.personId,
      action: 'workspace.created',
      subjectType: 'workspace',
      subjectId: row.id,
      organisationId,
      ip: actor.ip,
      details: { name, ownerOrganisationId: organisationId, ownerAllianceId: allianceId, visibility: row.visibility },
    });
    await addMembership(tx, actor, row, { personId: actor.personId, role: 'owner', via: 'created' });
    await createDefaultChannel(tx, { workspaceId: row.id, createdBy: actor.personId });
    return workspaceWithOwner(tx, row);
  });
  await deps.publisher.flush();
  return workspace;
}
