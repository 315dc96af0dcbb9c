import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { calendarFeeds } from '../tables.ts';

/** 32 random bytes, base64url: 43 characters that nobody guesses. */
export const TOKEN_PATTERN = '^[A-Za-z0-9_-]{43}$';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new secret for the person's calendar address; the one before stops working. Only its hash is kept. */
export async function newFeedToken(tx: Tx, personId: string): Promise<{ token: string; createdAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = new Date();
  await tx
    .insert(calendarFeeds)
    .values({ personId, tokenHash: hashOf(token), createdAt })
    .onConflictDoUpdate({ target: calendarFeeds.personId, set: { tokenHash: hashOf(token), createdAt } });
  return { token, createdAt };
}

export async function revokeFeedToken(tx: Tx, personId: string): Promise<void> {
  await tx.delete(calendarFeeds).where(eq(calendarFeeds.personId, personId));
}

export async function feedOf(tx: Tx, personId: string): Promise<{ createdAt: Date } | null> {
  const [row] = await tx
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.personId, personId));
  return row ?? null;
}

/** The person a calendar address belongs to, or null for an unknown or revoked one. */
export async function personOfToken(tx: Tx, token: string): Promise<string | null> {
  const [row] = await tx
    .select({ personId: calendarFeeds.personId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashOf(token)));
  return row?.personId ?? null;
}
