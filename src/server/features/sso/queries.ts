import { and, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { persons, sessions } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { ssoFlows, ssoIdentities, ssoLogoutTokens, ssoSessions, ssoUnusablePasswords } from './tables.ts';

export type SsoFlowRow = typeof ssoFlows.$inferSelect;

export async function insertFlow(tx: Tx, row: Omit<SsoFlowRow, 'id' | 'usedAt' | 'createdAt'>): Promise<void> {
  await tx.insert(ssoFlows).values({ id: newId(), ...row });
}

/**
 * Takes the flow of this state hash for good: one conditional `UPDATE`, so a replayed callback — also two
 * at once — finds nothing. Expired flows are not handed out.
 */
export async function claimFlow(tx: Tx, stateHash: string, providerId: string): Promise<SsoFlowRow | null> {
  const rows = await tx
    .update(ssoFlows)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(ssoFlows.stateHash, stateHash),
        eq(ssoFlows.providerId, providerId),
        isNull(ssoFlows.usedAt),
        gt(ssoFlows.expiresAt, new Date()),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/** Deletes flows that ended more than a day ago (used or expired), in one bounded statement. */
export async function pruneFlows(tx: Tx, before: Date): Promise<void> {
  await tx.execute(
    sql`DELETE FROM ${ssoFlows} WHERE ${ssoFlows.id} IN (SELECT ${ssoFlows.id} FROM ${ssoFlows} WHERE ${ssoFlows.expiresAt} < ${before.toISOString()} LIMIT 1000)`,
  );
}

export async function identityOf(tx: Tx, issuer: string, subject: string) {
  const rows = await tx
    .select()
    .from(ssoIdentities)
    .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)))
    .limit(1);
  return rows[0] ?? null;
}

/** Links the provider's person to an account; false when the pair is already linked (to anyone). */
export async function insertIdentity(
  tx: Tx,
  row: { providerId: string; issuer: string; subject: string; personId: string },
): Promise<boolean> {
  const rows = await tx
    .insert(ssoIdentities)
    .values({ id: newId(), ...row })
    .onConflictDoNothing({ target: [ssoIdentities.issuer, ssoIdentities.subject] })
    .returning({ id: ssoIdentities.id });
  return rows.length > 0;
}

export async function touchIdentity(tx: Tx, id: string): Promise<void> {
  await tx.update(ssoIdentities).set({ lastSignInAt: new Date() }).where(eq(ssoIdentities.id, id));
}

/** True when another person has this (normalised) e-mail address. */
export async function emailTakenByOther(tx: Tx, email: string, personId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.email, email), ne(persons.id, personId)))
    .limit(1);
  return rows.length > 0;
}

/** Takes over the name and e-mail address the provider names now; the address only while no one else has it. */
export async function updateFromProvider(
  tx: Tx,
  personId: string,
  input: { name: string; email: string; emailVerified: boolean },
): Promise<void> {
  const taken = await emailTakenByOther(tx, input.email, personId);
  await tx
    .update(persons)
    .set({
      name: input.name,
      ...(taken ? {} : { email: input.email }),
      ...(input.emailVerified && !taken ? { emailVerifiedAt: sql`coalesce(${persons.emailVerifiedAt}, now())` } : {}),
      updatedAt: new Date(),
    })
    .where(eq(persons.id, personId));
}

/** Remembers which provider session opened a platform session (for back-channel logout). */
export async function insertSsoSession(tx: Tx, row: Omit<typeof ssoSessions.$inferInsert, 'createdAt'>): Promise<void> {
  await tx.insert(ssoSessions).values(row).onConflictDoNothing();
}

/** The person's linked identities, for the account page. */
export async function identitiesOfPerson(tx: Tx, personId: string) {
  return tx
    .select({
      id: ssoIdentities.id,
      providerId: ssoIdentities.providerId,
      createdAt: ssoIdentities.createdAt,
      lastSignInAt: ssoIdentities.lastSignInAt,
    })
    .from(ssoIdentities)
    .where(eq(ssoIdentities.personId, personId))
    .orderBy(ssoIdentities.createdAt);
}

/** Unlinks one of the person's identities; false when it is not theirs. */
export async function deleteIdentityOf(tx: Tx, personId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(ssoIdentities)
    .where(and(eq(ssoIdentities.id, id), eq(ssoIdentities.personId, personId)))
    .returning({ id: ssoIdentities.id });
  return rows.length > 0;
}

export async function rememberUnusablePassword(tx: Tx, personId: string, passwordHash: string): Promise<void> {
  await tx.insert(ssoUnusablePasswords).values({ personId, passwordHash }).onConflictDoNothing();
}

/** False while the person still has the random password single sign-on gave their account. */
export async function hasOwnPassword(tx: Tx, personId: string): Promise<boolean> {
  const rows = await tx
    .select({ own: sql<boolean>`${persons.passwordHash} is distinct from ${ssoUnusablePasswords.passwordHash}` })
    .from(persons)
    .leftJoin(ssoUnusablePasswords, eq(ssoUnusablePasswords.personId, persons.id))
    .where(eq(persons.id, personId))
    .limit(1);
  return rows[0]?.own === true;
}

/** Records a logout token's `jti`; false when it was recorded before (a replay). Prunes expired records. */
export async function rememberLogoutToken(
  tx: Tx,
  row: { issuer: string; jti: string; expiresAt: Date },
): Promise<boolean> {
  await tx.execute(
    sql`DELETE FROM ${ssoLogoutTokens} WHERE (${ssoLogoutTokens.issuer}, ${ssoLogoutTokens.jti}) IN (SELECT ${ssoLogoutTokens.issuer}, ${ssoLogoutTokens.jti} FROM ${ssoLogoutTokens} WHERE ${ssoLogoutTokens.expiresAt} < ${new Date().toISOString()} LIMIT 1000)`,
  );
  const rows = await tx
    .insert(ssoLogoutTokens)
    .values(row)
    .onConflictDoNothing({ target: [ssoLogoutTokens.issuer, ssoLogoutTokens.jti] })
    .returning({ jti: ssoLogoutTokens.jti });
  return rows.length > 0;
}

/**
 * Ends the platform sessions a provider's sign-in opened: those of the provider session `sid`, and when the
 * token names only the subject, all of that subject's (both given: the sessions matching both).
 */
export async function endProviderSessions(
  tx: Tx,
  by: { issuer: string; sid: string | null; subject: string | null },
): Promise<Array<{ sessionId: string; personId: string }>> {
  const conditions = [eq(ssoSessions.issuer, by.issuer)];
  if (by.sid) conditions.push(eq(ssoSessions.sid, by.sid));
  if (by.subject) conditions.push(eq(ssoSessions.subject, by.subject));
  const ids = tx
    .select({ id: ssoSessions.sessionId })
    .from(ssoSessions)
    .where(and(...conditions));
  return tx
    .delete(sessions)
    .where(inArray(sessions.id, ids))
    .returning({ sessionId: sessions.id, personId: sessions.personId });
}
