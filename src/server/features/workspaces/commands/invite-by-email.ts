import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { workspaceInvitationMail } from '../invitation-mail.ts';
import { insertInvitation, revokeOpenInvitationsTo } from '../invitation-queries.ts';
import { type WorkspaceRole, workspaceRole } from '../membership.ts';
import type { Actor } from '../membership-change.ts';
import { canInvite } from '../policy.ts';
import { personContact, personContactByEmail } from '../queries.ts';
import { visibleWorkspace } from '../standing.ts';

export const INVITATION_DAYS = 14;

/** The web page that shows an invitation and accepts it. */
export const invitationLink = (deps: Deps, token: string) => `${deps.config.publicUrl}/workspaces/invitations/${token}`;

/**
 * Owners invite someone by e-mail address, with or without an account. A new invitation to the same
 * address replaces the open one (its link stops working). Someone who has an account is also notified
 * in the app. Only the token's hash is stored.
 */
export async function inviteByEmailCommand(
  deps: Deps,
  actor: Actor,
  workspaceId: string,
  input: { email: string; role: WorkspaceRole },
  log: FastifyBaseLogger,
) {
  const email = input.email.trim().toLowerCase();
  const token = newToken();
  const result = await deps.db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, actor.personId, workspaceId, { lock: true });
    if (!canInvite(standing.role)) throw forbidden('Only owners can invite people.');
    const invitee = await personContactByEmail(tx, email);
    if (invitee && (await workspaceRole(tx, workspaceId, invitee.id)) !== null) {
      throw conflict('already-member', 'The person is already a member of the workspace');
    }
    const replaced = await revokeOpenInvitationsTo(tx, workspaceId, email);
    const inviter = await personContact(tx, actor.personId);
    const row = await insertInvitation(tx, {
      id: newId(),
      workspaceId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.personId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
    });
    await audit(tx, {
      actorId: actor.personId,
      action: 'workspace.invited',
      subjectType: 'workspace',
      subjectId: workspaceId,
      organisationId: workspace.ownerOrganisationId,
      ip: actor.ip,
      details: {
        workspaceName: workspace.name,
        invitationId: row.id,
        email,
        role: input.role,
        personId: invitee?.id ?? null,
        replaced,
      },
    });
    if (invitee && !invitee.locked) {
      // The token in the link is useless to anyone but the invitee: accepting takes their session.
      await notify(tx, [invitee.id], {
        kind: 'workspace-invitation',
        data: { workspaceId, workspaceName: workspace.name, actorName: inviter?.name ?? '', role: input.role },
        link: `/workspaces/invitations/${token}`,
      });
    }
    return { workspace, row, invitee, inviter: { id: actor.personId, name: inviter?.name ?? '' } };
  });
  await deps.publisher.flush();

  // The invitation stands whether or not the mail gets through; owners can invite again.
  await deps.mailer
    .send(
      workspaceInvitationMail({
        to: email,
        name: result.invitee?.name ?? null,
        locale: result.invitee?.locale ?? 'de',
        workspaceName: result.workspace.name,
        inviterName: result.inviter.name,
        role: input.role,
        link: invitationLink(deps, token),
        expiresAt: result.row.expiresAt,
      }),
    )
    .catch((err: unknown) => log.warn({ err, invitationId: result.row.id }, 'workspace invitation mail failed'));

  return {
    id: result.row.id,
    email,
    role: input.role,
    invitedBy: result.inviter,
    createdAt: result.row.createdAt,
    expiresAt: result.row.expiresAt,
  };
}
