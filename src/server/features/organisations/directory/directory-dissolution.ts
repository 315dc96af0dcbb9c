import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../platform/db/client.ts';
import { organisations } from '../tables.ts';

const successor = alias(organisations, 'successor');

/**
 * Whether a directory update found the organisation no longer in the official data, and what it
 * was merged into when the update could tell. Its page says so; its people stay its members.
 */
export async function dissolutionOf(
  tx: Tx,
  id: string,
): Promise<{ dissolvedAt: string | null; successor: { id: string; name: string } | null }> {
  const rows = await tx
    .select({ dissolvedAt: organisations.dissolvedAt, successorId: successor.id, successorName: successor.name })
    .from(organisations)
    .leftJoin(successor, eq(successor.id, organisations.successorId))
    .where(eq(organisations.id, id))
    .limit(1);
  const row = rows[0];
  return {
    dissolvedAt: row?.dissolvedAt ? row.dissolvedAt.toISOString() : null,
    successor: row?.successorId && row.successorName ? { id: row.successorId, name: row.successorName } : null,
  };
}
