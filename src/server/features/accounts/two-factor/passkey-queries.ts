import { and, asc, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { passkeyChallenges, passkeyCredentials } from './tables.ts';

export type PasskeyRow = typeof passkeyCredentials.$inferSelect;
export type PasskeyPurpose = 'register' | 'sign-in' | 'step-up' | 'step-up-proof';

export async function passkeysOf(tx: Tx, personId: string): Promise<PasskeyRow[]> {
  return tx
    .select()
    .from(passkeyCredentials)
    .where(eq(passkeyCredentials.personId, personId))
    .orderBy(asc(passkeyCredentials.createdAt), asc(passkeyCredentials.id));
}

export async function passkeyCountOf(tx: Tx, personId: string): Promise<number> {
  const rows = await tx
    .select({ n: count() })
    .from(passkeyCredentials)
    .where(eq(passkeyCredentials.personId, personId));
  return rows[0]?.n ?? 0;
}

/** One of the person's passkeys by its WebAuthn credential id; another person's is not found. */
export async function passkeyByCredentialId(
  tx: Tx,
  personId: string,
  credentialId: string,
): Promise<PasskeyRow | null> {
  const rows = await tx
    .select()
    .from(passkeyCredentials)
    .where(and(eq(passkeyCredentials.personId, personId), eq(passkeyCredentials.credentialId, credentialId)));
  return rows[0] ?? null;
}

export async function insertPasskey(tx: Tx, row: typeof passkeyCredentials.$inferInsert): Promise<PasskeyRow | null> {
  const rows = await tx.insert(passkeyCredentials).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function deletePasskey(tx: Tx, personId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(passkeyCredentials)
    .where(and(eq(passkeyCredentials.id, id), eq(passkeyCredentials.personId, personId)))
    .returning({ id: passkeyCredentials.id });
  return rows.length === 1;
}

/**
 * Takes an authenticator's new signature counter: it must be above the stored one (both 0 stays allowed for
 * authenticators that do not count). False when it is not — a cloned authenticator or a replay, also one that
 * raced this request.
 */
export async function advanceCounter(tx: Tx, id: string, counter: number): Promise<boolean> {
  const rows = await tx
    .update(passkeyCredentials)
    .set({ counter, lastUsedAt: sql`now()` })
    .where(
      and(
        eq(passkeyCredentials.id, id),
        or(
          sql`${passkeyCredentials.counter} < ${counter}`,
          and(eq(passkeyCredentials.counter, 0), sql`${counter}::bigint = 0`),
        ),
      ),
    )
    .returning({ id: passkeyCredentials.id });
  return rows.length === 1;
}

/** Stores a challenge handed out for a ceremony, clearing the person's used and expired ones first. */
export async function insertPasskeyChallenge(tx: Tx, row: typeof passkeyChallenges.$inferInsert): Promise<void> {
  await tx
    .delete(passkeyChallenges)
    .where(
      and(
        eq(passkeyChallenges.personId, row.personId),
        or(sql`${passkeyChallenges.usedAt} is not null`, lte(passkeyChallenges.expiresAt, sql`now()`)),
      ),
    );
  await tx.insert(passkeyChallenges).values(row);
}

/**
 * Uses a challenge up: true only for an open one (not used, not expired) of this person and purpose (and, at
 * sign-in, of this half-done sign-in). Whatever the answer's checks say afterwards, it is gone.
 */
export async function claimPasskeyChallenge(
  tx: Tx,
  challenge: string,
  personId: string,
  purpose: PasskeyPurpose,
  signInChallengeId: string | null = null,
): Promise<boolean> {
  const rows = await tx
    .update(passkeyChallenges)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passkeyChallenges.challenge, challenge),
        eq(passkeyChallenges.personId, personId),
        eq(passkeyChallenges.purpose, purpose),
        signInChallengeId
          ? eq(passkeyChallenges.signInChallengeId, signInChallengeId)
          : isNull(passkeyChallenges.signInChallengeId),
        isNull(passkeyChallenges.usedAt),
        gt(passkeyChallenges.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: passkeyChallenges.id });
  return rows.length === 1;
}

export async function deletePasskeyChallengesOf(tx: Tx, personId: string): Promise<void> {
  await tx.delete(passkeyChallenges).where(eq(passkeyChallenges.personId, personId));
}

/** Ends every open ceremony of a person for one purpose (and half-done sign-in): a refused answer ends it. */
export async function closePasskeyChallenges(
  tx: Tx,
  personId: string,
  purpose: PasskeyPurpose,
  signInChallengeId: string | null,
): Promise<void> {
  await tx
    .update(passkeyChallenges)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passkeyChallenges.personId, personId),
        eq(passkeyChallenges.purpose, purpose),
        signInChallengeId
          ? eq(passkeyChallenges.signInChallengeId, signInChallengeId)
          : isNull(passkeyChallenges.signInChallengeId),
        isNull(passkeyChallenges.usedAt),
      ),
    );
}
