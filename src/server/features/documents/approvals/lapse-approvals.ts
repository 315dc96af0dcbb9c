import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { docApprovals } from '../tables.ts';

/** A new version lapses every open or given approval of the file: it approved another text. */
export async function lapseApprovals(tx: Tx, nodeId: string): Promise<number> {
  const lapsed = await tx
    .update(docApprovals)
    .set({ state: 'lapsed', decidedAt: sql`now()` })
    .where(and(eq(docApprovals.nodeId, nodeId), inArray(docApprovals.state, ['pending', 'approved'])))
    .returning({ id: docApprovals.id });
  return lapsed.length;
}
