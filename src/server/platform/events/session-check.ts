import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { persons, sessions } from '../auth/tables.ts';
import type { Db } from '../db/client.ts';

const CHUNK = 1000;

/**
 * Of the given sessions, those still valid (not ended, not expired, person not locked), with the
 * person's current platform-admin flag. One query per thousand sessions.
 */
export async function activeSessions(db: Db, sessionIds: string[]): Promise<Map<string, { isPlatformAdmin: boolean }>> {
  const active = new Map<string, { isPlatformAdmin: boolean }>();
  for (let i = 0; i < sessionIds.length; i += CHUNK) {
    const rows = await db
      .select({ id: sessions.id, isPlatformAdmin: persons.isPlatformAdmin })
      .from(sessions)
      .innerJoin(persons, eq(persons.id, sessions.personId))
      .where(
        and(
          inArray(sessions.id, sessionIds.slice(i, i + CHUNK)),
          gt(sessions.expiresAt, sql`now()`),
          isNull(persons.lockedAt),
        ),
      );
    for (const row of rows) active.set(row.id, { isPlatformAdmin: row.isPlatformAdmin });
  }
  return active;
}
