import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { eventFeeds } from '../tables.ts';

/** 32 random bytes, base64url: 43 characters that nobody guesses. */
export const FEED_TOKEN_PATTERN = '^[A-Za-z0-9_-]{43}$';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new secret for the person's events address; the one before stops working. Only its hash is kept. */
export async function newEventFeedToken(tx: Tx, personId: string): Promise<{ token: string; createdAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = new Date();
  await tx
    .insert(eventFeeds)
    .values({ personId, tokenHash: hashOf(token), createdAt })
    .onConflictDoUpdate({ target: eventFeeds.personId, set: { tokenHash: hashOf(token), createdAt } });
  return { token, createdAt };
}

export async function revokeEventFeed(tx: Tx, personId: string): Promise<void> {
  await tx.delete(eventFeeds).where(eq(eventFeeds.personId, personId));
}

export async function eventFeedOf(tx: Tx, personId: string): Promise<{ createdAt: Date } | null> {
  const [row] = await tx
    .select({ createdAt: eventFeeds.createdAt })
    .from(eventFeeds)
    .where(eq(eventFeeds.personId, personId));
  return row ?? null;
}

/** The person an events address belongs to, or null for an unknown or revoked one. */
export async function personOfEventFeed(tx: Tx, token: string): Promise<string | null> {
  const [row] = await tx
    .select({ personId: eventFeeds.personId })
    .from(eventFeeds)
    .where(eq(eventFeeds.tokenHash, hashOf(token)));
  return row?.personId ?? null;
}
