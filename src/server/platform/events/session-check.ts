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

interface Holder {
  principal: { personId: string; sessionId: string; isPlatformAdmin: boolean };
}

/** How soon after a person changed (signed out, locked) their sockets are checked, gathering changes meanwhile (ms). */
export const PERSON_CHECK_DELAY_MS = 100;

/**
 * Checks open sockets against their sessions: all of them (on a timer, after the bus reconnects) or
 * those of people who just changed, gathered over a short delay so that a burst costs one query.
 */
export function createSessionGuard<C extends Holder>(options: {
  db: Db;
  clients: () => Iterable<C>;
  /** The session of this client has ended (signed out, locked, expired). */
  ended(client: C): void;
  /** The person's platform-admin flag changed. */
  refreshed(client: C, isPlatformAdmin: boolean): void;
  warn(err: unknown, message: string): void;
}) {
  async function check(only?: Set<string>) {
    const holders = [...options.clients()].filter((c) => !only || only.has(c.principal.personId));
    if (holders.length === 0) return;
    const active = await activeSessions(options.db, [...new Set(holders.map((c) => c.principal.sessionId))]);
    for (const client of holders) {
      const session = active.get(client.principal.sessionId);
      if (!session) options.ended(client);
      else if (session.isPlatformAdmin !== client.principal.isPlatformAdmin)
        options.refreshed(client, session.isPlatformAdmin);
    }
  }

  let waiting: Set<string> | null = null;
  return {
    checkAll: () => check(),
    /** Checks the sockets of these people soon (within `PERSON_CHECK_DELAY_MS` plus one query). */
    checkPeople(personIds: Iterable<string>) {
      const first = waiting === null;
      waiting ??= new Set();
      for (const id of personIds) waiting.add(id);
      if (!first) return;
      setTimeout(() => {
        const people = waiting ?? new Set<string>();
        waiting = null;
        check(people).catch((err) => options.warn(err, 'realtime session check failed'));
      }, PERSON_CHECK_DELAY_MS).unref();
    },
  };
}
