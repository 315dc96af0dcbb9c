import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../../platform/auth/passwords.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { refuseIfSsoRequired } from '../../sso/required/sso-required.ts';
import { issueEmailToken, redeemEmailToken } from '../email-tokens.ts';
import { checkLoginThrottle } from '../login-throttle.ts';
import { passwordChangedMail, passwordResetMail } from '../mails.ts';
import { linkTo, sendInBackground } from '../outgoing-mail.ts';
import { normaliseEmail } from '../person-record.ts';
import { deleteSessionsOf, personByEmail, personById, updatePerson, voidEmailTokens } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';
import { recordFailedSignIn } from './sign-in.ts';
import { markVerified } from './verify-email.ts';

/** Mails a reset link when the address has an account; the caller learns nothing either way. */
export async function requestPasswordReset(deps: Deps, rawEmail: string, ctx: RequestContext): Promise<void> {
  const person = await personByEmail(deps.db, normaliseEmail(rawEmail));
  if (!person || person.lockedAt) return;
  const token = await issueEmailToken(deps.db, person.id, 'password-reset');
  const link = linkTo(deps, '/reset-password', { token });
  sendInBackground(deps, ctx.log, passwordResetMail(person.email, person.locale, person.name, link));
}

/**
 * Sets a new password from a reset link: the link works once, every session ends, and since the link
 * proves control of the mailbox an unverified address counts as verified from now on.
 */
export async function confirmPasswordReset(
  deps: Deps,
  input: { token: string; password: string },
  ctx: RequestContext,
): Promise<{ personId: string }> {
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    const person = await redeemEmailToken(tx, input.token, 'password-reset');
    // The link proves the mailbox, so the refusal tells no stranger anything; the link stays unused.
    await refuseIfSsoRequired(deps, person, 'Resetting the password', tx);
    await updatePerson(tx, person.id, { passwordHash });
    if (!person.emailVerifiedAt) await markVerified(tx, person, ctx);
    await voidEmailTokens(tx, person.id, 'password-reset');
    await deleteSessionsOf(tx, person.id);
    await audit(tx, {
      actorId: person.id,
      action: 'auth.password_reset',
      subjectType: 'person',
      subjectId: person.id,
      ip: ctx.ip,
    });
    return { personId: person.id };
  });
}

export const wrongPassword = () => new Problem(403, 'wrong-password', 'The current password is wrong');

/**
 * Changes the password after checking the current one (a wrong one counts as a failed sign-in, so a
 * stolen session cannot be used to guess it); the person's other sessions end.
 */
export async function changePassword(
  deps: Deps,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  ctx: RequestContext,
): Promise<void> {
  const person = await personById(deps.db, principal.personId);
  if (!person) throw wrongPassword();
  const check = await checkLoginThrottle(deps, person.email, ctx.ip);
  if (!(await verifyPassword(person.passwordHash, input.currentPassword))) {
    await recordFailedSignIn(deps, check, person, ctx, { actorId: person.id, during: 'change-password' });
    throw wrongPassword();
  }
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updatePerson(tx, person.id, { passwordHash });
    await deleteSessionsOf(tx, person.id, principal.sessionId);
    await audit(tx, {
      actorId: person.id,
      action: 'auth.password_changed',
      subjectType: 'person',
      subjectId: person.id,
      ip: ctx.ip,
    });
  });
  const resetLink = linkTo(deps, '/reset-password');
  sendInBackground(deps, ctx.log, passwordChangedMail(person.email, person.locale, person.name, resetLink));
}
