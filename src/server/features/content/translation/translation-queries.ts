import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import type { PageRow } from '../queries.ts';
import { contentPages, contentXliffChecks } from '../tables.ts';

export type XliffCheckRow = typeof contentXliffChecks.$inferSelect;

/** The pages with these ids, of any organisation (the caller checks whose). */
export async function pagesByIds(tx: Tx, ids: readonly string[]): Promise<PageRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(contentPages)
    .where(inArray(contentPages.id, [...ids]));
}

/** A check made by this person, locked until the transaction ends; null for anyone else's. */
export async function ownCheckForUpdate(tx: Tx, checkId: string, personId: string): Promise<XliffCheckRow | null> {
  const rows = await tx
    .select()
    .from(contentXliffChecks)
    .where(and(eq(contentXliffChecks.id, checkId), eq(contentXliffChecks.personId, personId)))
    .for('update');
  return rows[0] ?? null;
}
