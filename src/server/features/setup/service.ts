import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { conflict, Problem } from '../../platform/errors/problem.ts';
import { cleanName, insertPerson } from '../accounts/person-record.ts';
import type { RequestContext } from '../accounts/request-context.ts';
import { type OpenedSession, openSession } from '../accounts/session-cookie.ts';
import { setupOpen } from './policy.ts';
import { dropSetupToken, platformAdminExists, storeSetupTokenHash, takeSetupToken } from './queries.ts';

export const setupDone = () =>
  new Problem(404, 'setup-done', 'Setup is already done', 'The platform has an administrator.');

export async function setupNeeded(deps: Deps): Promise<boolean> {
  return setupOpen({ platformAdminExists: await platformAdminExists(deps.db), demo: deps.config.demo });
}

/**
 * At start: while the platform has no administrator, makes a new one-time setup token (only its hash is
 * stored; a restart replaces it) and prints the link. Returns the token, or null when no setup is needed.
 */
export async function announceSetup(deps: Deps, log: { info(message: string): void }): Promise<string | null> {
  if (!(await setupNeeded(deps))) {
    if (!deps.config.demo) await dropSetupToken(deps.db);
    return null;
  }
  const token = newToken();
  await storeSetupTokenHash(deps.db, hashToken(token));
  log.info(`Open ${deps.config.publicUrl}/setup?token=${token} to create the first administrator.`);
  return token;
}

export interface SetupInput {
  token: string;
  name: string;
  email: string;
  password: string;
  locale?: 'de' | 'en' | undefined;
}

/** Creates the first platform administrator (verified: the setup link is proof enough) and signs them in. */
export async function completeSetup(
  deps: Deps,
  input: SetupInput,
  ctx: RequestContext,
): Promise<{ personId: string; session: OpenedSession }> {
  const name = cleanName(input.name);
  if (!(await setupNeeded(deps))) throw setupDone();
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    if (await platformAdminExists(tx)) throw setupDone();
    if (!(await takeSetupToken(tx, hashToken(input.token)))) {
      throw new Problem(403, 'invalid-token', 'The setup link is invalid', 'Use the link printed at the last start.');
    }
    const personId = await insertPerson(tx, {
      name,
      email: input.email,
      passwordHash,
      locale: input.locale ?? 'de',
      verified: true,
      isPlatformAdmin: true,
    });
    if (!personId) throw conflict('email-taken', 'This e-mail address already has an account');
    await audit(tx, {
      actorId: personId,
      action: 'setup.completed',
      subjectType: 'person',
      subjectId: personId,
      ip: ctx.ip,
    });
    return { personId, session: await openSession(deps, tx, personId, ctx) };
  });
}
