import {
  APP_PASSWORD_SCOPES,
  APP_PASSWORDS_PER_PERSON,
  type AppPassword,
  type AppPasswordScope,
  type CreatedAppPassword,
} from '../../../../shared/contracts/accounts.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newAppPassword } from '../../../platform/auth/app-passwords.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors/problem.ts';
import {
  type AppPasswordRow,
  countOpenAppPasswordsLocked,
  insertAppPassword,
  openAppPasswordsOf,
  revokeAppPasswordOf,
} from '../app-password-queries.ts';
import type { RequestContext } from '../request-context.ts';

function viewOf(row: AppPasswordRow): AppPassword {
  return {
    id: row.id,
    name: row.name,
    scope: APP_PASSWORD_SCOPES.find((scope) => scope === row.scope) ?? 'api',
    lastFour: row.lastFour,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
  };
}

/** My app passwords not revoked (the expired ones too, marked by their end), newest first; never their secrets. */
export async function listAppPasswords(deps: Deps, principal: Principal): Promise<AppPassword[]> {
  return (await openAppPasswordsOf(deps.db, principal.personId)).map(viewOf);
}

/**
 * Creates an app password and returns its token, this once; the database keeps only its hash. Only a
 * signed-in browser may: a leaked token must not be able to make more of itself.
 */
export async function createAppPassword(
  deps: Deps,
  principal: Principal,
  input: { name: string; scope: AppPasswordScope; expiresInDays?: number | null | undefined },
  ctx: RequestContext,
): Promise<CreatedAppPassword> {
  if (principal.appPasswordId) throw forbidden('App passwords are created in the account page, not with one.');
  const name = input.name.trim();
  if (!name) throw invalid([{ field: '/name', message: 'must not be blank' }]);
  const token = newAppPassword();
  const row = await deps.db.transaction(async (tx) => {
    const open = await countOpenAppPasswordsLocked(tx, principal.personId);
    if (open >= APP_PASSWORDS_PER_PERSON) {
      throw conflict(
        'too-many-app-passwords',
        'Too many app passwords',
        `At most ${APP_PASSWORDS_PER_PERSON}; revoke one you no longer use.`,
      );
    }
    const created = await insertAppPassword(tx, {
      id: newId(),
      personId: principal.personId,
      name,
      scope: input.scope,
      tokenHash: hashToken(token),
      lastFour: token.slice(-4),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    await audit(tx, {
      actorId: principal.personId,
      action: 'auth.app_password_created',
      subjectType: 'person',
      subjectId: principal.personId,
      ip: ctx.ip,
      details: {
        appPasswordId: created.id,
        name,
        scope: input.scope,
        expiresAt: created.expiresAt?.toISOString() ?? null,
      },
    });
    return created;
  });
  return { ...viewOf(row), token };
}

/** Revokes one of my app passwords at once; someone else's is unknown to me (404). */
export async function revokeAppPassword(deps: Deps, principal: Principal, id: string, ctx: RequestContext) {
  await deps.db.transaction(async (tx) => {
    const revoked = await revokeAppPasswordOf(tx, principal.personId, id);
    if (!revoked) throw notFound('App password');
    await audit(tx, {
      actorId: principal.personId,
      action: 'auth.app_password_revoked',
      subjectType: 'person',
      subjectId: principal.personId,
      ip: ctx.ip,
      details: { appPasswordId: revoked.id, name: revoked.name, scope: revoked.scope },
    });
  });
}
