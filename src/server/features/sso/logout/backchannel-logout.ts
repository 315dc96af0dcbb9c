import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { isUnavailable, messageOf, providerConfiguration } from '../oidc-client.ts';
import { providerById } from '../providers.ts';
import { endProviderSessions, rememberLogoutToken } from '../queries.ts';
import { checkLogoutToken, headerOf, LogoutTokenRefused } from './logout-token.ts';
import { providerKeys } from './provider-keys.ts';

export type LogoutResult =
  | { kind: 'done'; personIds: string[]; sessions: number }
  | { kind: 'refused'; why: string }
  | { kind: 'unavailable'; why: string };

/**
 * The provider says a person signed out there: the logout token is checked (logout-token.ts), its `jti`
 * recorded so a replay is refused, and the platform sessions that this provider's sign-in opened for that
 * provider session (`sid`) or person (`sub`) are ended. The caller closes their open sockets.
 */
export async function backchannelLogout(
  deps: Deps,
  providerId: string,
  token: string,
  ip: string | null,
): Promise<LogoutResult> {
  const provider = await providerById(deps, providerId);
  let claims: ReturnType<typeof checkLogoutToken>;
  try {
    const { kid } = headerOf(token);
    const config = await providerConfiguration(provider);
    const keys = await providerKeys(provider, kid);
    claims = checkLogoutToken(token, {
      issuer: config.serverMetadata().issuer,
      clientId: provider.clientId,
      keys,
    });
  } catch (error) {
    if (error instanceof LogoutTokenRefused) return refused(deps, provider.id, error.message, ip);
    if (isUnavailable(error)) return { kind: 'unavailable', why: messageOf(error) };
    throw error;
  }
  const result = await deps.db.transaction(async (tx): Promise<LogoutResult | null> => {
    if (!(await rememberLogoutToken(tx, { issuer: claims.iss, jti: claims.jti, expiresAt: claims.usableUntil })))
      return null;
    const ended = await endProviderSessions(tx, { issuer: claims.iss, sid: claims.sid, subject: claims.sub });
    const personIds = [...new Set(ended.map((row) => row.personId))];
    await audit(tx, {
      actorId: null,
      action: 'auth.sso_backchannel_logout',
      ...(personIds.length === 1 ? { subjectType: 'person', subjectId: personIds[0] } : {}),
      ip,
      details: { provider: provider.id, sessions: ended.length, bySid: Boolean(claims.sid) },
    });
    return { kind: 'done', personIds, sessions: ended.length };
  });
  // Audited after the transaction: the embedded database has one connection.
  return result ?? refused(deps, provider.id, 'the token was used before ("jti")', ip);
}

async function refused(deps: Deps, providerId: string, why: string, ip: string | null): Promise<LogoutResult> {
  await audit(deps.db, {
    actorId: null,
    action: 'auth.sso_logout_refused',
    ip,
    details: { provider: providerId, why },
  });
  return { kind: 'refused', why };
}
