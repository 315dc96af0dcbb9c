import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { contentPages, contentVersions } from '../tables.ts';

/** Every version's number, title and whether it is a draft (no bodies), oldest first per page and language. */
export async function versionHeads(tx: Tx, pageIds: readonly string[]) {
  if (pageIds.length === 0) return [];
  return tx
    .select({
      pageId: contentVersions.pageId,
      language: contentVersions.language,
      number: contentVersions.number,
      title: contentVersions.title,
      draft: contentVersions.draft,
    })
    .from(contentVersions)
    .where(inArray(contentVersions.pageId, [...pageIds]))
    .orderBy(asc(contentVersions.pageId), asc(contentVersions.language), asc(contentVersions.number));
}

/** One version with its author's name; null when the page has no such version. */
export async function versionWithAuthor(tx: Tx, pageId: string, language: string, number: number) {
  const [row] = await tx
    .select({ version: contentVersions, authorName: persons.name })
    .from(contentVersions)
    .leftJoin(persons, eq(persons.id, contentVersions.authorId))
    .where(
      and(
        eq(contentVersions.pageId, pageId),
        eq(contentVersions.language, language),
        eq(contentVersions.number, number),
      ),
    );
  return row ?? null;
}

/** The organisation's page with this address other than the page itself, if any. */
export async function slugTaken(tx: Tx, organisationId: string, slug: string, exceptId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: contentPages.id })
    .from(contentPages)
    .where(
      and(eq(contentPages.organisationId, organisationId), eq(contentPages.slug, slug), ne(contentPages.id, exceptId)),
    )
    .limit(1);
  return Boolean(row);
}

/** A page's place in the tree, locked until the transaction ends (moves wait for each other). */
export async function treeNodeForUpdate(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: contentPages.id, parentId: contentPages.parentId, organisationId: contentPages.organisationId })
    .from(contentPages)
    .where(eq(contentPages.id, id))
    .for('update');
  return row ?? null;
}

/** Whether pages sit below the page. */
export async function hasChildren(tx: Tx, pageId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: contentPages.id })
    .from(contentPages)
    .where(eq(contentPages.parentId, pageId))
    .limit(1);
  return Boolean(row);
}

/** How many pages show this page's text as a live link. */
export async function linkCount(tx: Tx, pageId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(contentPages)
    .where(and(eq(contentPages.adoptionMode, 'link'), eq(contentPages.adoptedFromPageId, pageId)));
  return row?.count ?? 0;
}

/**
 * Pages adopted from this one as copies keep their text and attribution; they no longer point to a
 * page that is gone. (Called once no page links it.)
 */
export async function forgetSourceOfCopies(tx: Tx, pageId: string): Promise<void> {
  await tx.update(contentPages).set({ adoptedFromPageId: null }).where(eq(contentPages.adoptedFromPageId, pageId));
}
