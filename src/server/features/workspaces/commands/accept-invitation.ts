import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { forbidden, invalid, notFound, Problem } from '../../../platform/errors/problem.ts';
import { cleanName, insertPerson } from '../../accounts/person-record.ts';
import type { RequestContext } from '../../accounts/request-context.ts';
import { type OpenedSession, openSession } from '../../accounts/session-cookie.ts';
import { markInvitationAccepted, openInvitationByTokenHash } from '../invitation-queries.ts';
import { type WorkspaceRole, workspaceRole } from '../membership.ts';
import { addMembership } from '../membership-change.ts';
import { lockWorkspace, personContact, personContactByEmail } from '../queries.ts';
import type { AcceptInvitationInput } from '../schema.ts';

const signInFirst = () =>
  new Problem(
    401,
    'sign-in-to-accept',
    'Sign in to accept the invitation',
    'An account with this e-mail address exists. Sign in with it, then open the link again.',
  );

/** What an invitation link shows before it is accepted; 404 when it is unknown, used, withdrawn or expired. */
export async function invitationPreview(deps: Deps, token: string) {
  const invitation = await openInvitationByTokenHash(deps.db, hashToken(token));
  if (!invitation) throw notFound('Invitation');
  return {
    workspaceId: invitation.workspaceId,
    workspaceName: invitation.workspaceName,
    invitedBy: invitation.invitedBy,
    email: invitation.email,
    role: invitation.role,
    accountExists: (await personContactByEmail(deps.db, invitation.email)) !== null,
  };
}

export interface AcceptedInvitation {
  workspace: { id: string; name: string };
  role: WorkspaceRole;
  registered: boolean;
  /** Set when a new account was registered: the route gives its cookie. */
  session: OpenedSession | null;
}

/**
 * Accepts an invitation. Signed in, the person must be the one it was sent to (same e-mail address).
 * Signed out without an account, `name` and `password` register one: the link proved the address, so
 * it is verified at once and signed in. Signed out with an account, they are asked to sign in first.
 * The role is the invited one; someone who is a member already keeps theirs.
 */
export async function acceptInvitationCommand(
  deps: Deps,
  principal: Principal | null,
  token: string,
  input: AcceptInvitationInput,
  ctx: RequestContext,
): Promise<AcceptedInvitation> {
  const tokenHash = hashToken(token);
  let registration: { name: string; passwordHash: string; locale: 'de' | 'en' } | null = null;
  if (!principal) {
    const invitation = await openInvitationByTokenHash(deps.db, tokenHash);
    if (!invitation) throw notFound('Invitation');
    if (await personContactByEmail(deps.db, invitation.email)) throw signInFirst();
    if (!input.name || !input.password) {
      throw invalid(
        [
          ...(input.name ? [] : [{ field: 'body:/name', message: 'required to create the account' }]),
          ...(input.password ? [] : [{ field: 'body:/password', message: 'required to create the account' }]),
        ],
        'Name and password are needed to create the account',
      );
    }
    registration = {
      name: cleanName(input.name),
      passwordHash: await hashPassword(input.password),
      locale: input.locale ?? 'de',
    };
  }

  const result = await deps.db.transaction(async (tx) => {
    // Invitations change only under their workspace's lock (as members do), so the workspace is locked
    // first and the invitation read again: still open, and nobody else accepts or revokes it meanwhile.
    const found = await openInvitationByTokenHash(tx, tokenHash);
    const workspace = found ? await lockWorkspace(tx, found.workspaceId) : null;
    const invitation = workspace ? await openInvitationByTokenHash(tx, tokenHash) : null;
    if (!workspace || !invitation) throw notFound('Invitation');
    let personId: string;
    let session: OpenedSession | null = null;
    if (principal) {
      const person = await personContact(tx, principal.personId);
      if (person?.email !== invitation.email) {
        throw forbidden('This invitation was sent to another e-mail address. Sign in with that address to accept it.');
      }
      personId = principal.personId;
    } else {
      const created = await insertPerson(tx, {
        ...(registration as NonNullable<typeof registration>),
        email: invitation.email,
        verified: true,
      });
      // Someone registered the address a moment ago.
      if (!created) throw signInFirst();
      personId = created;
      await audit(tx, {
        actorId: personId,
        action: 'auth.registered',
        subjectType: 'person',
        subjectId: personId,
        ip: ctx.ip,
        details: { via: 'workspace-invitation', invitationId: invitation.id },
      });
      session = await openSession(deps, tx, personId, ctx);
    }
    const actor = { personId, ip: ctx.ip };
    let role = await workspaceRole(tx, workspace.id, personId);
    if (role === null) {
      role = invitation.role;
      await addMembership(tx, actor, workspace, {
        personId,
        role,
        via: 'invitation',
        details: { invitationId: invitation.id },
      });
    }
    await markInvitationAccepted(tx, invitation.id, personId);
    return { workspace: { id: workspace.id, name: workspace.name }, role, registered: session !== null, session };
  });
  await deps.publisher.flush();
  return result;
}
