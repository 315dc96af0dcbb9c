import { and, asc, desc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import { persons, sessions } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { preparedPerDatabase } from '../../platform/db/prepared.ts';
// Read-only joins: a person's view shows the name and type of their home organisation.
import { organisationMemberships, organisations } from '../organisations/tables.ts';
import { emailTokens, loginAttempts } from './tables.ts';

export type PersonRow = typeof persons.$inferSelect;

export async function personByEmail(tx: Tx, email: string): Promise<PersonRow | null> {
  const rows = await tx.select().from(persons).where(eq(persons.email, email)).limit(1);
  return rows[0] ?? null;
}

export async function personById(tx: Tx, id: string): Promise<PersonRow | null> {
  const rows = await tx.select().from(persons).where(eq(persons.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function organisationExists(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id)).limit(1);
  return rows.length > 0;
}

/** The person with their home organisation (if any), as the Me view needs it. */
function personWithOrganisationStatement(tx: Tx) {
  return tx
    .select({
      id: persons.id,
      name: persons.name,
      email: persons.email,
      locale: persons.locale,
      isPlatformAdmin: persons.isPlatformAdmin,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationType: organisations.type,
      role: organisationMemberships.role,
      status: organisationMemberships.status,
    })
    .from(persons)
    .leftJoin(organisationMemberships, eq(organisationMemberships.personId, persons.id))
    .leftJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(eq(persons.id, sql.placeholder('id')))
    .limit(1);
}

// /api/me asks on every page.
const preparedPersonWithOrganisation = preparedPerDatabase('person_with_organisation', personWithOrganisationStatement);

export async function personWithOrganisation(tx: Tx, id: string) {
  const rows = await preparedPersonWithOrganisation(tx).execute({ id });
  return rows[0] ?? null;
}

export async function insertEmailToken(
  tx: Tx,
  row: { id: string; tokenHash: string; personId: string; purpose: string; expiresAt: Date },
) {
  await tx.insert(emailTokens).values(row);
}

/** Marks an unused, unexpired token of the purpose as used and returns its person; null if none. Atomic, so a token works once. */
export async function consumeEmailToken(tx: Tx, tokenHash: string, purpose: string): Promise<string | null> {
  const rows = await tx
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ personId: emailTokens.personId });
  return rows[0]?.personId ?? null;
}

/** Voids the person's other open tokens of a purpose (e.g. older reset links once one was used). */
export async function voidEmailTokens(tx: Tx, personId: string, purpose: string) {
  await tx
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(emailTokens.personId, personId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

export async function updatePerson(
  tx: Tx,
  id: string,
  set: Partial<Pick<PersonRow, 'name' | 'locale' | 'passwordHash' | 'emailVerifiedAt' | 'lockedAt'>>,
) {
  await tx
    .update(persons)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(persons.id, id));
}

export async function deleteSessionsOf(tx: Tx, personId: string, exceptSessionId?: string) {
  await tx
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.personId, personId), ne(sessions.id, exceptSessionId))
        : eq(sessions.personId, personId),
    );
}

/** Deletes one session of the person; false when the person has no such session. */
export async function deleteSessionOf(tx: Tx, personId: string, sessionId: string): Promise<boolean> {
  const rows = await tx
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.personId, personId)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function sessionById(tx: Tx, id: string): Promise<{ id: string; personId: string } | null> {
  const rows = await tx
    .select({ id: sessions.id, personId: sessions.personId })
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  return rows[0] ?? null;
}

export async function openSessionsOf(tx: Tx, personId: string) {
  return tx
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.personId, personId), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
}

export async function recordLoginAttempt(tx: Tx, row: { id: string; email: string; ip: string; succeeded: boolean }) {
  await tx.insert(loginAttempts).values(row);
}

/**
 * Times of the failed sign-ins in the window, newest first: of the account since its last success,
 * and of the address regardless (a success does not clear an address that tries many accounts).
 */
export async function recentFailures(
  tx: Tx,
  input: { email: string; ip: string; since: Date; limitByEmail: number; limitByIp: number },
) {
  const lastSuccess = tx
    .select({ at: sql`max(${loginAttempts.createdAt})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, input.email), eq(loginAttempts.succeeded, true)));
  const [byEmail, byIp] = await Promise.all([
    tx
      .select({ at: loginAttempts.createdAt })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.email, input.email),
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.createdAt, input.since),
          sql`${loginAttempts.createdAt} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
        ),
      )
      .orderBy(desc(loginAttempts.createdAt))
      .limit(input.limitByEmail),
    tx
      .select({ at: loginAttempts.createdAt })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.ip, input.ip),
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.createdAt, input.since),
        ),
      )
      .orderBy(desc(loginAttempts.createdAt))
      .limit(input.limitByIp),
  ]);
  return { byEmail: byEmail.map((r) => r.at), byIp: byIp.map((r) => r.at) };
}

/** Drops attempts too old to matter for any window. */
export async function pruneLoginAttempts(tx: Tx, olderThan: Date) {
  await tx.delete(loginAttempts).where(lt(loginAttempts.createdAt, olderThan));
}

/** Confirmed members whose name contains the words, best matches first (trigram index on lower(name)). */
export async function searchPeople(tx: Tx, q: string, limit: number) {
  const needle = q.toLowerCase();
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return tx
    .select({
      id: persons.id,
      name: persons.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
    })
    .from(persons)
    .innerJoin(
      organisationMemberships,
      and(eq(organisationMemberships.personId, persons.id), eq(organisationMemberships.status, 'confirmed')),
    )
    .innerJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(
      and(
        isNull(persons.lockedAt),
        sql`(lower(${persons.name}) like ${pattern} or lower(${persons.name}) % ${needle})`,
      ),
    )
    .orderBy(sql`similarity(lower(${persons.name}), ${needle}) desc`, asc(persons.name), asc(persons.id))
    .limit(limit);
}
