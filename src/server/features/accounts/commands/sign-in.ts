import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { dummyPasswordHash, verifyPassword } from '../../../platform/auth/passwords.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { checkLoginThrottle, recordAttempt } from '../login-throttle.ts';
import { normaliseEmail } from '../person-record.ts';
import { signInRefusal } from '../policy.ts';
import { personByEmail } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';
import { type OpenedSession, openSession } from '../session-cookie.ts';

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
 * are told so only after the right password.
 */
export async function signIn(
  deps: Deps,
  input: { email: string; password: string },
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession }> {
  const email = normaliseEmail(input.email);
  await checkLoginThrottle(deps, email, ctx.ip);
  const person = await personByEmail(deps.db, email);
  const passwordOk = await verifyPassword(person?.passwordHash ?? (await dummyPasswordHash), input.password);

  if (!person || !passwordOk) {
    await deps.db.transaction(async (tx) => {
      await recordAttempt(tx, email, ctx.ip, false);
      await audit(tx, {
        actorId: null,
        action: 'auth.login_failed',
        subjectType: person ? 'person' : undefined,
        subjectId: person?.id,
        ip: ctx.ip,
        details: { email },
      });
    });
    throw invalidCredentials();
  }

  const refusal = signInRefusal(person);
  if (refusal) throw REFUSALS[refusal]();

  const session = await deps.db.transaction(async (tx) => {
    await recordAttempt(tx, email, ctx.ip, true);
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
