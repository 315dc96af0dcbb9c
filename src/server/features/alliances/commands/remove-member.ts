import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { deleteAllianceRow, deleteMembership } from '../mutations.ts';
import { administeredOrganisation, canRemove, visibleInvitations } from '../policy.ts';
import { lockAlliance, membershipsOf } from '../queries.ts';
import type { Actor } from '../service.ts';

/**
 * Ends an organisation's place in an alliance: a member leaves (by its own admin, or removed by a
 * platform admin), or an open invitation is withdrawn. When the last member leaves, the alliance is
 * deleted with its open invitations: nobody would be left to manage it, and an empty Verbund in the
 * public list would mislead.
 */
export async function removeMemberCommand(
  deps: Deps,
  actor: Actor,
  allianceId: string,
  organisationId: string,
): Promise<{ allianceDeleted: boolean }> {
  const result = await deps.db.transaction(async (tx) => {
    const alliance = await lockAlliance(tx, allianceId);
    if (!alliance) throw notFound('Alliance');
    const memberships = await membershipsOf(tx, allianceId);
    const target = memberships.find((m) => m.organisationId === organisationId);
    const visible =
      target?.status === 'member' ||
      (target && visibleInvitations(actor.viewer, memberships).some((m) => m.organisationId === organisationId));
    if (!target || !visible) throw notFound('Member');
    if (!canRemove(actor.viewer, memberships, target)) {
      throw forbidden(
        target.status === 'member'
          ? 'An organisation leaves an alliance only by its own admins.'
          : 'Only admins of member organisations can withdraw an invitation.',
      );
    }
    const organisation = await organisationSummary(tx, organisationId);
    await deleteMembership(tx, allianceId, organisationId);
    const entry = {
      actorId: actor.viewer.personId,
      subjectType: 'alliance',
      subjectId: allianceId,
      organisationId,
      ip: actor.ip,
    };
    const names = { allianceName: alliance.name, organisationName: organisation?.name ?? null };
    if (target.status === 'invited') {
      await audit(tx, { ...entry, action: 'alliance.invitation_withdrawn', details: names });
      return { allianceDeleted: false };
    }
    const allianceDeleted = !memberships.some((m) => m.status === 'member' && m.organisationId !== organisationId);
    if (allianceDeleted) await deleteAllianceRow(tx, allianceId);
    await audit(tx, {
      ...entry,
      action: 'alliance.left',
      details: {
        ...names,
        removedByPlatformAdmin: administeredOrganisation(actor.viewer) !== organisationId,
        allianceDeleted,
      },
    });
    if (!allianceDeleted) {
      await emit(tx, {
        type: 'alliance.left',
        payload: { allianceId, allianceName: alliance.name, organisationId, organisationName: names.organisationName },
        audience: { kind: 'alliance', allianceId },
      });
    }
    return { allianceDeleted };
  });
  await deps.publisher.flush();
  return result;
}
