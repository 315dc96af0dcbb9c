import { and, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { preparedPerDatabase } from '../db/prepared.ts';
import { persons, sessions } from './tables.ts';
import { hashToken, newToken } from './tokens.ts';

/** The signed-in person as every request sees it. */
export interface Principal {
  sessionId: string;
  /** Set when the request signed in with an app password instead of a session (then also its `sessionId`). */
  appPasswordId?: string;
  /** The app password's scope ('api-read' may only read). */
  appPasswordScope?: 'webdav' | 'api' | 'api-read';
  /** When the app password stops opening anything (ms since the epoch); null: until revoked. */
  appPasswordExpiresAt?: number | null;
  personId: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  locale: string;
}

// A session's last-seen time is written at most this often, so reads stay reads.
const TOUCH_INTERVAL_MS = 60_000;

/** Creates a session and returns the token for the cookie (the database keeps only its hash). */
export async function createSession(
  tx: Tx,
  input: { personId: string; days: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = newToken();
  const sessionId = newId();
  const expiresAt = new Date(Date.now() + input.days * 86_400_000);
  await tx.insert(sessions).values({
    id: sessionId,
    tokenHash: hashToken(token),
    personId: input.personId,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
  });
  return { token, sessionId, expiresAt };
}

function sessionLookup(tx: Tx) {
  return tx
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      personId: persons.id,
      name: persons.name,
      email: persons.email,
      isPlatformAdmin: persons.isPlatformAdmin,
      locale: persons.locale,
      lockedAt: persons.lockedAt,
    })
    .from(sessions)
    .innerJoin(persons, eq(persons.id, sessions.personId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
}

// Every signed-in request without a cached session runs it.
const preparedLookup = preparedPerDatabase('resolve_session', sessionLookup);

/** Resolves a cookie token to its person; null for unknown, expired or locked. Slides the expiry. */
export async function resolveSession(tx: Tx, token: string, days: number): Promise<Principal | null> {
  const rows = await preparedLookup(tx).execute({ tokenHash: hashToken(token) });
  const row = rows[0];
  if (!row || row.lockedAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await tx
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + days * 86_400_000) })
      .where(eq(sessions.id, row.sessionId));
  }
  return {
    sessionId: row.sessionId,
    personId: row.personId,
    name: row.name,
    email: row.email,
    isPlatformAdmin: row.isPlatformAdmin,
    locale: row.locale,
  };
}
