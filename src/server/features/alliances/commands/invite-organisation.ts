import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { type OrganisationSummary, organisationSummary } from '../../organisations/summary.ts';
import { invitationMail } from '../invitation-mail.ts';
import { insertInvitation } from '../mutations.ts';
import { administeredOrganisation, canManageAlliance } from '../policy.ts';
import { adminsOf, lockAlliance, membershipsOf } from '../queries.ts';
import type { Actor } from '../service.ts';

interface Logger {
  warn(obj: object, msg: string): void;
}

/**
 * Invites any organisation of the directory (a Gemeinde, a Kreis, a Zweckverband …). Its admins are
 * told by mail and on their open pages; the organisation joins only when one of them accepts.
 */
export async function inviteOrganisationCommand(
  deps: Deps,
  actor: Actor,
  allianceId: string,
  organisationId: string,
  log: Logger,
): Promise<{ organisation: OrganisationSummary; invitedAt: Date }> {
  const result = await deps.db.transaction(async (tx) => {
    const alliance = await lockAlliance(tx, allianceId);
    if (!alliance) throw notFound('Alliance');
    const memberships = await membershipsOf(tx, allianceId);
    if (!canManageAlliance(actor.viewer, memberships)) {
      throw forbidden('Only admins of member organisations can invite.');
    }
    const organisation = await organisationSummary(tx, organisationId);
    if (!organisation) throw notFound('Organisation');
    const existing = memberships.find((m) => m.organisationId === organisationId);
    if (existing?.status === 'member') {
      throw conflict('already-member', 'The organisation is already a member of the alliance');
    }
    if (existing) throw conflict('already-invited', 'The organisation is already invited');
    const invitation = await insertInvitation(tx, allianceId, organisationId, actor.viewer.personId);
    if (!invitation) throw conflict('already-invited', 'The organisation is already invited');
    const admins = await adminsOf(tx, organisationId);
    const inviter = administeredOrganisation(actor.viewer);
    const inviting = inviter && inviter !== organisationId ? await organisationSummary(tx, inviter) : null;
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'alliance.invited',
      subjectType: 'alliance',
      subjectId: allianceId,
      organisationId,
      ip: actor.ip,
      details: { allianceName: alliance.name, organisationName: organisation.name },
    });
    if (admins.length > 0) {
      await emit(tx, {
        type: 'alliance.invited',
        payload: { allianceId, allianceName: alliance.name, organisationId },
        audience: { kind: 'persons', personIds: admins.map((a) => a.id) },
      });
    }
    return { alliance, organisation, invitedAt: invitation.invitedAt, admins, invitingName: inviting?.name ?? null };
  });
  await deps.publisher.flush();

  const link = `${deps.config.publicUrl}/alliances/${result.alliance.id}`;
  for (const admin of result.admins) {
    // The invitation stands whether or not a mail gets through; the admins also see it on their start page.
    await deps.mailer
      .send(
        invitationMail({
          to: admin,
          allianceName: result.alliance.name,
          invitedOrganisationName: result.organisation.name,
          invitingOrganisationName: result.invitingName,
          link,
        }),
      )
      .catch((err) => log.warn({ err, to: admin.id }, 'invitation mail failed'));
  }
  return { organisation: result.organisation, invitedAt: result.invitedAt };
}
