import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { dummyPasswordHash, verifyPassword } from '../../../platform/auth/passwords.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { refuseIfSsoRequired } from '../../sso/required/sso-required.ts';
import { checkLoginThrottle, type LoginCheck, recordAttempt, recordFailure } from '../login-throttle.ts';
import { failedSignInsMail } from '../mails.ts';
import { linkTo, sendInBackground } from '../outgoing-mail.ts';
import { normaliseEmail } from '../person-record.ts';
import { signInRefusal } from '../policy.ts';
import { type PersonRow, personByEmail } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';
import { type OpenedSession, openSession } from '../session-cookie.ts';
import { beginChallenge, hasTwoFactor } from '../two-factor/commands/two-factor.ts';

export const invalidCredentials = () => new Problem(401, 'invalid-credentials', 'E-mail address or password is wrong');

const REFUSALS = {
  'account-locked': () =>
    new Problem(403, 'account-locked', 'This account is locked', 'Contact the platform administrators.'),
  'email-not-verified': () =>
    new Problem(
      403,
      'email-not-verified',
      'E-mail address not yet confirmed',
      'Open the link in the mail we sent you.',
    ),
};

/**
 * Checks e-mail and password and opens a session. Unknown addresses and wrong passwords answer alike
 * (also in time: an unknown address is checked against a dummy hash). Locked and unverified accounts
 * are told so only after the right password. A person with an active second factor gets a half-done
 * sign-in instead of a session (`completeSignIn` in two-factor.ts finishes it).
 */
export async function signIn(
  deps: Deps,
  input: { email: string; password: string },
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession } | { challenge: string; expiresAt: Date }> {
  const email = normaliseEmail(input.email);
  const check = await checkLoginThrottle(deps, email, ctx.ip);
  const person = await personByEmail(deps.db, email);
  const passwordOk = await verifyPassword(person?.passwordHash ?? (await dummyPasswordHash), input.password);

  if (!person || !passwordOk) {
    await recordFailedSignIn(deps, check, person, ctx, { actorId: null });
    throw invalidCredentials();
  }

  const refusal = signInRefusal(person);
  if (refusal) throw REFUSALS[refusal]();
  // Told only after the right password, like a lock: the answer says nothing about strangers' addresses.
  await refuseIfSsoRequired(deps, person, 'Signing in with a password');
  // No session before the second factor: the browser gets a half-done sign-in to finish with a code.
  if (await hasTwoFactor(deps, person.id)) return beginChallenge(deps, person.id);

  const session = await deps.db.transaction(async (tx) => {
    await recordAttempt(tx, deps.config, email, ctx.ip, true);
    await audit(tx, {
      actorId: person.id,
      action: 'auth.login',
      subjectType: 'person',
      subjectId: person.id,
      ip: ctx.ip,
    });
    return openSession(deps, tx, person.id, ctx);
  });
  return { personId: person.id, session };
}

/**
 * Records and audits a failed sign-in (or a wrong current password), and mails the owner when strange
 * addresses have failed often. The mail goes out after the answer, which is the same either way.
 */
export async function recordFailedSignIn(
  deps: Deps,
  check: LoginCheck,
  person: PersonRow | null,
  ctx: RequestContext,
  by: { actorId: string | null; during?: 'change-password' },
): Promise<void> {
  const alertCount = await deps.db.transaction(async (tx) => {
    const count = await recordFailure(tx, deps.config, check);
    await audit(tx, {
      actorId: by.actorId,
      action: 'auth.login_failed',
      subjectType: person ? 'person' : undefined,
      subjectId: person?.id,
      ip: ctx.ip,
      details: by.during ? { email: check.email, during: by.during } : { email: check.email },
    });
    return count;
  });
  if (alertCount === null || !person) return;
  const mail = failedSignInsMail(person.email, person.locale, person.name, {
    count: alertCount,
    minutes: deps.config.loginWindowMinutes,
    accountLink: linkTo(deps, '/account'),
    resetLink: linkTo(deps, '/forgot-password'),
  });
  sendInBackground(deps, ctx.log, mail);
}
