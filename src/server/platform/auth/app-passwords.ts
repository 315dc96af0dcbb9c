import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { preparedPerDatabase } from '../db/prepared.ts';
import type { Principal } from './session-store.ts';
import { appPasswords, persons } from './tables.ts';
import { hashToken } from './tokens.ts';

/** What an app password opens: the WebDAV folders (Basic auth), the JSON API (Bearer), or its reading only. */
export type AppPasswordScope = 'webdav' | 'api' | 'api-read';
export const APP_PASSWORD_SCOPES: readonly AppPasswordScope[] = ['webdav', 'api', 'api-read'];
/** The scopes a Bearer token may have: the API's, to read and write or to read only. */
export const API_SCOPES: readonly AppPasswordScope[] = ['api', 'api-read'];

/** Every app password starts so, which lets people and secret scanners recognise one. */
export const APP_PASSWORD_PREFIX = 'alm_';

// Its last-used time is written at most this often, so that a busy client's reads stay reads.
const TOUCH_INTERVAL_MS = 60_000;
// Longer than any token we give out; a longer header is not one of ours and is not hashed.
const MAX_TOKEN_LENGTH = 200;

/** A new app password: the prefix and 32 random bytes, base64url. */
export function newAppPassword(): string {
  return `${APP_PASSWORD_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The credentials an Authorization header carries, or null when it carries none we read. */
export type AppPasswordCredentials =
  | { kind: 'basic'; email: string; token: string }
  | { kind: 'bearer'; token: string };

/** Reads `Basic base64(email:token)` or `Bearer <token>`; anything else is null. */
export function appPasswordCredentials(header: string | undefined): AppPasswordCredentials | null {
  if (!header) return null;
  const space = header.indexOf(' ');
  if (space < 0) return null;
  const scheme = header.slice(0, space).toLowerCase();
  const value = header.slice(space + 1).trim();
  if (scheme === 'bearer') {
    return value && value.length <= MAX_TOKEN_LENGTH ? { kind: 'bearer', token: value } : null;
  }
  if (scheme !== 'basic' || value.length > 2 * MAX_TOKEN_LENGTH + 400) return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const token = decoded.slice(colon + 1);
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  return { kind: 'basic', email: decoded.slice(0, colon).trim().toLowerCase(), token };
}

function appPasswordLookup(tx: Tx) {
  return tx
    .select({
      id: appPasswords.id,
      tokenHash: appPasswords.tokenHash,
      scope: appPasswords.scope,
      lastUsedAt: appPasswords.lastUsedAt,
      revokedAt: appPasswords.revokedAt,
      expiresAt: appPasswords.expiresAt,
      personId: persons.id,
      name: persons.name,
      email: persons.email,
      isPlatformAdmin: persons.isPlatformAdmin,
      locale: persons.locale,
      lockedAt: persons.lockedAt,
      emailVerifiedAt: persons.emailVerifiedAt,
    })
    .from(appPasswords)
    .innerJoin(persons, eq(persons.id, appPasswords.personId))
    .where(eq(appPasswords.tokenHash, sql.placeholder('tokenHash')))
    .limit(1);
}

const preparedLookup = preparedPerDatabase('resolve_app_password', appPasswordLookup);

/** Compares two strings in time that depends on neither's content (both are hashed to the same length). */
function sameText(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * The person an app password in an Authorization header signs in, or null: for an unknown, revoked,
 * expired or other-scoped token, a locked or unverified person, or (Basic) an e-mail address that is
 * not the person's. Bearer is read only for the API's scopes; Basic (the WebDAV convention) for any.
 * Writes the last-used time at most once a minute. The principal's `sessionId` is the app password's
 * id; it carries the token's scope and end, which the caller enforces on every request it caches.
 */
export async function principalFromAppPassword(
  db: Tx,
  authorizationHeader: string | undefined,
  scopes: readonly AppPasswordScope[],
): Promise<Principal | null> {
  const credentials = appPasswordCredentials(authorizationHeader);
  if (!credentials) return null;
  if (credentials.kind === 'bearer' && !scopes.every((scope) => API_SCOPES.includes(scope))) return null;
  if (!credentials.token.startsWith(APP_PASSWORD_PREFIX)) return null;
  const tokenHash = hashToken(credentials.token);
  const row = (await preparedLookup(db).execute({ tokenHash }))[0];
  if (!row || !sameText(row.tokenHash, tokenHash)) return null;
  const emailOk = credentials.kind === 'bearer' || sameText(row.email, credentials.email);
  if (!emailOk || !scopes.includes(row.scope as AppPasswordScope)) return null;
  if (row.revokedAt || row.lockedAt || !row.emailVerifiedAt) return null;
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(appPasswords).set({ lastUsedAt: new Date() }).where(eq(appPasswords.id, row.id));
  }
  return {
    sessionId: row.id,
    appPasswordId: row.id,
    appPasswordScope: row.scope as AppPasswordScope,
    appPasswordExpiresAt: row.expiresAt?.getTime() ?? null,
    personId: row.personId,
    name: row.name,
    email: row.email,
    isPlatformAdmin: row.isPlatformAdmin,
    locale: row.locale,
  };
}
