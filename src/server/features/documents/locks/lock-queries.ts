import { and, gt, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { docLocks } from '../tables.ts';

export type LockRow = typeof docLocks.$inferSelect;

/** The live locks on these nodes (expired locks are no locks). */
export async function liveLocksOn(tx: Tx, nodeIds: readonly string[]): Promise<LockRow[]> {
  if (nodeIds.length === 0) return [];
  return tx
    .select()
    .from(docLocks)
    .where(and(inArray(docLocks.nodeId, [...nodeIds]), gt(docLocks.expiresAt, sql`now()`)));
}

/** Locks that ran out are deleted when a node's locks are next looked at for a change. */
export async function dropExpiredLocks(tx: Tx, nodeIds: readonly string[]): Promise<void> {
  if (nodeIds.length === 0) return;
  await tx.delete(docLocks).where(and(inArray(docLocks.nodeId, [...nodeIds]), sql`${docLocks.expiresAt} <= now()`));
}
