import { and, asc, count, eq, gt, isNotNull, isNull, lte, min, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { loginAttempts, twoFactorChallenges, twoFactorRecoveryCodes, twoFactorSecrets } from '../tables.ts';

export type TwoFactorRow = typeof twoFactorSecrets.$inferSelect;

export async function twoFactorOf(tx: Tx, personId: string): Promise<TwoFactorRow | null> {
  const rows = await tx.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.personId, personId));
  return rows[0] ?? null;
}

/** Starts (or starts again) an enrolment with a new secret; an active second factor is left alone. */
export async function putPendingSecret(tx: Tx, personId: string, secret: string): Promise<boolean> {
  const rows = await tx
    .insert(twoFactorSecrets)
    .values({ personId, secret })
    .onConflictDoUpdate({
      target: twoFactorSecrets.personId,
      set: { secret, lastStep: 0, createdAt: sql`now()` },
      setWhere: isNull(twoFactorSecrets.enabledAt),
    })
    .returning({ personId: twoFactorSecrets.personId });
  return rows.length === 1;
}

/** Whether anyone has a second factor, active or being set up. */
export async function anyTwoFactorSecret(tx: Tx): Promise<boolean> {
  const rows = await tx.select({ personId: twoFactorSecrets.personId }).from(twoFactorSecrets).limit(1);
  return rows.length > 0;
}

/** Replaces a secret stored in plain text by its encrypted form, unless it changed meanwhile. */
export async function resealSecret(tx: Tx, personId: string, stored: string, sealed: string): Promise<void> {
  await tx
    .update(twoFactorSecrets)
    .set({ secret: sealed })
    .where(and(eq(twoFactorSecrets.personId, personId), eq(twoFactorSecrets.secret, stored)));
}

/** Marks the second factor active; false when it was not pending. */
export async function enableTwoFactor(tx: Tx, personId: string, step: number): Promise<boolean> {
  const rows = await tx
    .update(twoFactorSecrets)
    .set({ enabledAt: sql`now()`, lastStep: step })
    .where(and(eq(twoFactorSecrets.personId, personId), isNull(twoFactorSecrets.enabledAt)))
    .returning({ personId: twoFactorSecrets.personId });
  return rows.length === 1;
}

/** Takes a code's time step as used; false when this or a later step was used already (a replayed code). */
export async function claimStep(tx: Tx, personId: string, step: number): Promise<boolean> {
  const rows = await tx
    .update(twoFactorSecrets)
    .set({ lastStep: step })
    .where(and(eq(twoFactorSecrets.personId, personId), sql`${twoFactorSecrets.lastStep} < ${step}`))
    .returning({ personId: twoFactorSecrets.personId });
  return rows.length === 1;
}

/** Removes the authenticator app; its recovery codes too unless passkeys still need them. */
export async function deleteTwoFactor(
  tx: Tx,
  personId: string,
  opts: { keepRecoveryCodes?: boolean } = {},
): Promise<void> {
  if (!opts.keepRecoveryCodes) {
    await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.personId, personId));
    await tx.delete(twoFactorChallenges).where(eq(twoFactorChallenges.personId, personId));
  }
  await tx.delete(twoFactorSecrets).where(eq(twoFactorSecrets.personId, personId));
}

/** Replaces a person's recovery codes with new hashes. */
export async function replaceRecoveryCodes(
  tx: Tx,
  personId: string,
  codes: { id: string; codeHash: string }[],
): Promise<void> {
  await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.personId, personId));
  await tx.insert(twoFactorRecoveryCodes).values(codes.map((c) => ({ ...c, personId })));
}

export async function unusedRecoveryCodesOf(tx: Tx, personId: string): Promise<{ id: string; codeHash: string }[]> {
  return tx
    .select({ id: twoFactorRecoveryCodes.id, codeHash: twoFactorRecoveryCodes.codeHash })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.personId, personId), isNull(twoFactorRecoveryCodes.usedAt)))
    .orderBy(asc(twoFactorRecoveryCodes.id));
}

/** Uses a recovery code up; false when another request used it first. */
export async function spendRecoveryCode(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .update(twoFactorRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(twoFactorRecoveryCodes.id, id), isNull(twoFactorRecoveryCodes.usedAt)))
    .returning({ id: twoFactorRecoveryCodes.id });
  return rows.length === 1;
}

/** Clears a person's finished and expired half-done sign-ins, so that the table keeps only open ones. */
export async function pruneChallenges(tx: Tx, personId: string): Promise<void> {
  await tx
    .delete(twoFactorChallenges)
    .where(
      and(
        eq(twoFactorChallenges.personId, personId),
        or(isNotNull(twoFactorChallenges.usedAt), lte(twoFactorChallenges.expiresAt, sql`now()`)),
      ),
    );
}

export async function insertChallenge(tx: Tx, row: typeof twoFactorChallenges.$inferInsert): Promise<void> {
  await tx.insert(twoFactorChallenges).values(row);
}

/** The person of an open half-done sign-in (not used, not expired), or null. */
export async function openChallenge(tx: Tx, tokenHash: string): Promise<{ id: string; personId: string } | null> {
  const rows = await tx
    .select({ id: twoFactorChallenges.id, personId: twoFactorChallenges.personId })
    .from(twoFactorChallenges)
    .where(
      and(
        eq(twoFactorChallenges.tokenHash, tokenHash),
        isNull(twoFactorChallenges.usedAt),
        gt(twoFactorChallenges.expiresAt, sql`now()`),
      ),
    );
  return rows[0] ?? null;
}

/** Closes a half-done sign-in; false when it was closed (or expired) meanwhile. */
export async function closeChallenge(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .update(twoFactorChallenges)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(twoFactorChallenges.id, id),
        isNull(twoFactorChallenges.usedAt),
        gt(twoFactorChallenges.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: twoFactorChallenges.id });
  return rows.length === 1;
}

/** Failed attempts under one key since a time, with the oldest of them. */
/** Removes the recovery codes and half-done sign-ins once no second factor is left. */
export async function deleteRecoveryCodes(tx: Tx, personId: string): Promise<void> {
  await tx.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.personId, personId));
  await tx.delete(twoFactorChallenges).where(eq(twoFactorChallenges.personId, personId));
}

export async function failuresSince(tx: Tx, key: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
  const rows = await tx
    .select({ n: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return { count: rows[0]?.n ?? 0, oldest: rows[0]?.oldest ?? null };
}
