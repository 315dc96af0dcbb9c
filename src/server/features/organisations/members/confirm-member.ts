import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { canManage } from '../policy.ts';
import { requireOrganisation } from '../profile/profile.ts';
import { setMembership } from '../queries.ts';
import type { Actor } from '../viewer.ts';
import { membershipConfirmedMail } from './mails.ts';
import { lockForMemberChange, requireMember } from './member-context.ts';

/**
 * An admin confirms a pending member. The person learns it at once (realtime event) and by mail.
 * Confirming a confirmed member changes nothing.
 */
export async function confirmMember(deps: Deps, actor: Actor, organisationId: string, personId: string) {
  const confirmed = await deps.db.transaction(async (tx) => {
    const viewer = await lockForMemberChange(tx, actor, organisationId);
    if (!canManage(viewer, organisationId)) throw forbidden('Only administrators of the organisation confirm members.');
    const member = await requireMember(tx, organisationId, personId);
    if (member.status === 'confirmed') return null;
    const organisation = await requireOrganisation(tx, organisationId);
    await setMembership(tx, organisationId, personId, {
      status: 'confirmed',
      confirmedAt: new Date(),
      confirmedBy: viewer.personId,
    });
    await audit(tx, {
      actorId: viewer.personId,
      action: 'organisation.member_confirmed',
      subjectType: 'person',
      subjectId: personId,
      organisationId,
      ip: actor.ip,
      details: { role: member.role },
    });
    await emit(tx, {
      type: 'membership.confirmed',
      payload: { organisationId, organisationName: organisation.name },
      audience: { kind: 'persons', personIds: [personId] },
    });
    return { member, organisationName: organisation.name };
  });
  if (!confirmed) return;
  await deps.publisher.flush();
  const link = `${deps.config.publicUrl}/organisations/${organisationId}`;
  // The confirmation stands even when the mail cannot be sent; the realtime event and the page show it too.
  await deps.mailer.send(membershipConfirmedMail(confirmed.member, confirmed.organisationName, link)).catch(() => {});
}
