import { and, asc, desc, eq, gt, isNull, lt, ne, notExists, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { persons, sessions } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { preparedPerDatabase } from '../../platform/db/prepared.ts';
// Read-only joins: a person's view shows the name and type of their home organisation.
import { organisationMemberships, organisations } from '../organisations/tables.ts';
import type { LoginFailures } from './policy.ts';
import { emailTokens, loginAlerts, loginAttempts } from './tables.ts';

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
 * What the sign-in throttle weighs (see `loginThrottle`): the failures of the (account, address) pair
 * since its last success, of the address on any account (a success does not clear an address that
 * tries many accounts), how many of the account came from addresses it is not known at, and whether
 * this address is known (a success since `knownSince`). Lists are cut at the counts that matter.
 */
export async function loginFailures(
  tx: Tx,
  input: {
    email: string;
    ip: string;
    since: Date;
    knownSince: Date;
    limits: { pair: number; address: number; account: number };
  },
): Promise<LoginFailures> {
  const { email, ip, since, knownSince, limits } = input;
  const failed = (...where: SQL[]) =>
    tx
      .select({ at: loginAttempts.createdAt })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since), ...where))
      .orderBy(desc(loginAttempts.createdAt));
  const lastPairSuccess = tx
    .select({ at: sql`max(${loginAttempts.createdAt})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, true)));
  const known = alias(loginAttempts, 'known');
  const successAt = (account: SQLWrapper | string, address: SQLWrapper | string) =>
    tx
      .select({ one: sql`1` })
      .from(known)
      .where(
        and(
          eq(known.email, account),
          eq(known.ip, address),
          eq(known.succeeded, true),
          gt(known.createdAt, knownSince),
        ),
      );
  const [pair, address, account, knownHere] = await Promise.all([
    failed(
      eq(loginAttempts.email, email),
      eq(loginAttempts.ip, ip),
      sql`${loginAttempts.createdAt} > coalesce((${lastPairSuccess}), '-infinity'::timestamptz)`,
    ).limit(limits.pair),
    failed(eq(loginAttempts.ip, ip)).limit(limits.address),
    failed(eq(loginAttempts.email, email), notExists(successAt(loginAttempts.email, loginAttempts.ip))).limit(
      limits.account,
    ),
    successAt(email, ip).limit(1),
  ]);
  return {
    pair: pair.map((r) => r.at),
    address: address.map((r) => r.at),
    account: account.length,
    knownAddress: knownHere.length > 0,
  };
}

/**
 * Claims the one mail about failed sign-ins of this window for the address: true when none was sent
 * since `sentBefore` (and now counts as sent). Atomic, so two processes never both send it.
 */
export async function claimLoginAlert(tx: Tx, email: string, sentBefore: Date): Promise<boolean> {
  const rows = await tx
    .insert(loginAlerts)
    .values({ email })
    .onConflictDoUpdate({
      target: loginAlerts.email,
      set: { sentAt: sql`now()` },
      setWhere: lt(loginAlerts.sentAt, sentBefore),
    })
    .returning({ email: loginAlerts.email });
  return rows.length > 0;
}

/** Drops failures and alerts too old for any window, and successes too old to make an address known. */
export async function pruneLoginAttempts(tx: Tx, input: { failuresBefore: Date; successesBefore: Date }) {
  await tx
    .delete(loginAttempts)
    .where(
      or(
        and(eq(loginAttempts.succeeded, false), lt(loginAttempts.createdAt, input.failuresBefore)),
        lt(loginAttempts.createdAt, input.successesBefore),
      ),
    );
  await tx.delete(loginAlerts).where(lt(loginAlerts.sentAt, input.failuresBefore));
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
