import { sql } from 'drizzle-orm';
import type { AccountDeletionStatus, DeleteOwnAccountBody } from '../../../../shared/contracts/account-deletion.ts';
import type { Deps } from '../../../deps.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { forbidden, notFound, Problem } from '../../../platform/errors/problem.ts';
import { wrongPassword } from '../commands/passwords.ts';
import { recordFailedSignIn } from '../commands/sign-in.ts';
import { checkLoginThrottle } from '../login-throttle.ts';
import { personById } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';
import { handOverOf } from './hand-over.ts';
import { runDeletion } from './run-deletion.ts';

/** How recent a sign-in through an identity provider must be to stand for the password it does not have. */
export const FRESH_SIGN_IN_MINUTES = 10;

const passwordRequired = () =>
  new Problem(400, 'password-required', 'Confirm with your password', undefined, [
    { field: '/password', message: 'required' },
  ]);

const recentSignInRequired = () =>
  new Problem(
    403,
    'recent-sign-in-required',
    'Sign in again to confirm',
    `Your account has no password of its own: sign in through your provider again (within ${FRESH_SIGN_IN_MINUTES} minutes), or turn on two-factor sign-in.`,
  );

/**
 * A person deletes their own account. They confirm with their password (a wrong one counts as a failed
 * sign-in). A person who signs in only through an identity provider has no password they know: the second
 * factor (asked by the route as a step-up) or a sign-in within the last minutes stands for it. App
 * passwords cannot delete an account.
 */
export async function deleteOwnAccount(
  deps: Deps,
  principal: Principal,
  body: DeleteOwnAccountBody,
  ctx: RequestContext,
  hasSecondFactor: boolean,
): Promise<void> {
  if (principal.appPasswordId) throw forbidden('An account is deleted in the browser, not with an app password.');
  const person = await personById(deps.db, principal.personId);
  if (!person || person.deletedAt) throw notFound('Person');
  if (body.password !== undefined) {
    const check = await checkLoginThrottle(deps, person.email, ctx.ip);
    if (!(await verifyPassword(person.passwordHash, body.password))) {
      await recordFailedSignIn(deps, check, person, ctx, { actorId: person.id });
      throw wrongPassword();
    }
  } else {
    const [standing] = rowsOf<{ sso: boolean; fresh: boolean }>(
      await deps.db.execute(
        sql`select exists (select 1 from sso_identities where person_id = ${person.id}) as sso,
              exists (select 1 from sessions where id = ${principal.sessionId}
                      and created_at > now() - make_interval(mins => ${FRESH_SIGN_IN_MINUTES})) as fresh`,
      ),
    );
    if (!standing?.sso) throw passwordRequired();
    if (!hasSecondFactor && !standing.fresh) throw recentSignInRequired();
  }
  await runDeletion(deps, person.id, body.contributions, {
    actorId: person.id,
    kind: 'self',
    ip: ctx.ip,
    log: ctx.log,
  });
}

/** What the account page shows before the form: roles to hand over first, and whether a password confirms. */
export async function deletionStatusOf(deps: Deps, personId: string): Promise<AccountDeletionStatus> {
  const handOver = await deps.db.transaction((tx) => handOverOf(tx, personId));
  const [standing] = rowsOf<{ providerOnly: boolean }>(
    await deps.db.execute(
      // An account made by single sign-on keeps the unusable password it was given until its person sets one.
      sql`select exists (select 1 from sso_unusable_passwords u join persons p on p.id = u.person_id
                         where u.person_id = ${personId} and u.password_hash = p.password_hash) as "providerOnly"`,
    ),
  );
  return { handOver, hasPassword: !standing?.providerOnly };
}
