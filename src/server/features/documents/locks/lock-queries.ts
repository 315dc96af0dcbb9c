import { and, gt, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { docLocks } from '../tables.ts';

export type LockRow = typeof docLocks.$inferSelect;

/** The live locks on these nodes (expired locks are no locks); the IDs go as one parameter, however many. */
export async function liveLocksOn(tx: Tx, nodeIds: readonly string[]): Promise<LockRow[]> {
  if (nodeIds.length === 0) return [];
  return tx
    .select()
    .from(docLocks)
    .where(and(sql`${docLocks.nodeId} = any(${uuidArray(nodeIds)})`, gt(docLocks.expiresAt, sql`now()`)));
}

/** Locks that ran out are deleted when a node's locks are next looked at for a change. */
export async function dropExpiredLocks(tx: Tx, nodeIds: readonly string[]): Promise<void> {
  if (nodeIds.length === 0) return;
  await tx.delete(docLocks).where(and(inArray(docLocks.nodeId, [...nodeIds]), sql`${docLocks.expiresAt} <= now()`));
}
