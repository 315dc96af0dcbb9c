import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { ssoFlows, ssoIdentities } from './tables.ts';

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
