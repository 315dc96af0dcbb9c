import { count, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { contentMedia } from '../tables.ts';

export type MediaRow = typeof contentMedia.$inferSelect;
export type NewMediaRow = typeof contentMedia.$inferInsert;

export async function mediaRow(tx: Tx, id: string, lock = false): Promise<MediaRow | null> {
  const query = tx.select().from(contentMedia).where(eq(contentMedia.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertMedia(tx: Tx, row: NewMediaRow): Promise<MediaRow> {
  const [inserted] = await tx.insert(contentMedia).values(row).returning();
  return inserted as MediaRow;
}

export async function updateMedia(tx: Tx, id: string, changes: Partial<NewMediaRow>): Promise<MediaRow> {
  const [updated] = await tx.update(contentMedia).set(changes).where(eq(contentMedia.id, id)).returning();
  return updated as MediaRow;
}

export async function deleteMedia(tx: Tx, id: string): Promise<void> {
  await tx.delete(contentMedia).where(eq(contentMedia.id, id));
}

/** One page of a library, newest first: an organisation's own images, or every shared one. */
export async function mediaPage(
  tx: Tx,
  scope: { organisationId: string } | { shared: true },
  page: { offset: number; limit: number },
): Promise<{ rows: MediaRow[]; total: number }> {
  const where =
    'shared' in scope ? eq(contentMedia.shared, true) : eq(contentMedia.organisationId, scope.organisationId);
  const rows = await tx
    .select()
    .from(contentMedia)
    .where(where)
    .orderBy(desc(contentMedia.createdAt), desc(contentMedia.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(contentMedia).where(where);
  return { rows, total: total?.n ?? 0 };
}
