import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { contentPages, contentTranslationOrders, contentVersions } from './tables.ts';
import type { OrderFacts, VersionFacts } from './translation-status.ts';

export type PageRow = typeof contentPages.$inferSelect;
export type VersionRow = typeof contentVersions.$inferSelect;

export async function pageRow(tx: Tx, id: string, lock = false): Promise<PageRow | null> {
  const query = tx.select().from(contentPages).where(eq(contentPages.id, id));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Every version of the pages, oldest first per language. */
export async function versionsOf(tx: Tx, pageIds: readonly string[]): Promise<VersionRow[]> {
  if (pageIds.length === 0) return [];
  return tx
    .select()
    .from(contentVersions)
    .where(inArray(contentVersions.pageId, [...pageIds]))
    .orderBy(asc(contentVersions.pageId), asc(contentVersions.language), asc(contentVersions.number));
}

export async function ordersOf(tx: Tx, pageIds: readonly string[]): Promise<(OrderFacts & { pageId: string })[]> {
  if (pageIds.length === 0) return [];
  return tx
    .select({
      pageId: contentTranslationOrders.pageId,
      language: contentTranslationOrders.language,
      orderedAt: contentTranslationOrders.orderedAt,
    })
    .from(contentTranslationOrders)
    .where(inArray(contentTranslationOrders.pageId, [...pageIds]));
}

export const factsOf = (v: VersionRow): VersionFacts => ({
  language: v.language,
  number: v.number,
  minor: v.minor,
  draft: v.draft,
  basisLanguage: v.basisLanguage,
  basisNumber: v.basisNumber,
  origin: v.origin as VersionFacts['origin'],
  reviewed: v.reviewed,
  createdAt: v.createdAt,
});

export async function pagesOfOrganisation(tx: Tx, organisationId: string): Promise<PageRow[]> {
  return tx
    .select()
    .from(contentPages)
    .where(eq(contentPages.organisationId, organisationId))
    .orderBy(asc(contentPages.position), asc(contentPages.slug));
}

export async function versionsWithAuthors(tx: Tx, pageId: string, language: string | undefined) {
  return tx
    .select({ version: contentVersions, authorName: persons.name })
    .from(contentVersions)
    .leftJoin(persons, eq(persons.id, contentVersions.authorId))
    .where(and(eq(contentVersions.pageId, pageId), language ? eq(contentVersions.language, language) : sql`true`))
    .orderBy(asc(contentVersions.language), sql`${contentVersions.number} desc`);
}
