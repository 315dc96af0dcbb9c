import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { deleteMembership, upsertMember } from '../mutations.ts';
import { canAnswerInvitation, visibleInvitations } from '../policy.ts';
import { lockAlliance, membershipsOf } from '../queries.ts';
import type { Actor } from '../service.ts';

/** An admin of the invited organisation accepts (it becomes a member) or declines (the invitation is gone). */
export async function answerInvitationCommand(
  deps: Deps,
  actor: Actor,
  allianceId: string,
  organisationId: string,
  answer: 'accept' | 'decline',
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const alliance = await lockAlliance(tx, allianceId);
    if (!alliance) throw notFound('Alliance');
    const memberships = await membershipsOf(tx, allianceId);
    const invitation = visibleInvitations(actor.viewer, memberships).find((m) => m.organisationId === organisationId);
    if (!invitation) throw notFound('Invitation');
    if (!canAnswerInvitation(actor.viewer, organisationId)) {
      throw forbidden('Only an admin of the invited organisation can answer the invitation.');
    }
    const organisation = await organisationSummary(tx, organisationId);
    const entry = {
      actorId: actor.viewer.personId,
      subjectType: 'alliance',
      subjectId: allianceId,
      organisationId,
      ip: actor.ip,
      details: { allianceName: alliance.name, organisationName: organisation?.name ?? null },
    };
    if (answer === 'decline') {
      await deleteMembership(tx, allianceId, organisationId);
      await audit(tx, { ...entry, action: 'alliance.declined' });
      return;
    }
    await upsertMember(tx, allianceId, organisationId, null);
    await audit(tx, { ...entry, action: 'alliance.joined' });
    await emit(tx, {
      type: 'alliance.joined',
      payload: {
        allianceId,
        allianceName: alliance.name,
        organisationId,
        organisationName: organisation?.name ?? null,
      },
      audience: { kind: 'alliance', allianceId },
    });
  });
  await deps.publisher.flush();
}
