import { and, eq, inArray, lt } from 'drizzle-orm';
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

/**
 * A check holds the translated texts of a returned file until it is confirmed, for XLIFF_LIMITS.checkHours.
 * It is kept a week in all, so that a late confirmation still hears why it came too late (410), and
 * then deleted: every new check deletes those older than that.
 */
export const XLIFF_CHECKS_KEPT_DAYS = 7;

export async function pruneXliffChecks(tx: Tx): Promise<void> {
  await tx
    .delete(contentXliffChecks)
    .where(lt(contentXliffChecks.createdAt, new Date(Date.now() - XLIFF_CHECKS_KEPT_DAYS * 86_400_000)));
}
