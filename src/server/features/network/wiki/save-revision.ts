import { and, eq, like, sql } from 'drizzle-orm';
import { firstFreeSlug } from '../../../../shared/reserved-slugs.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { invalid, Problem } from '../../../platform/errors/problem.ts';
import { foldForSlug, SLUG_MAX } from '../../alliances/slug.ts';
import { announceWikiChange } from '../realtime/network-events.ts';
import { wikiPages, wikiRevisions } from '../tables.ts';
import type { WikiPageRow } from './wiki-access.ts';
import { saveLinks } from './wiki-links.ts';

// Every save of a wiki page is a revision: the page row keeps the newest title and text (for reading
// and searching), wiki_revisions keeps them all, and wiki_links the new text's links.

export interface RevisionText {
  title: string;
  /** Sanitised already. */
  bodyHtml: string;
  comment: string;
  restoredFrom?: number | null;
}

/** The title as stored: trimmed, and not empty (400 naming the field). */
export function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') throw invalid([{ field: 'body:/title', message: 'must contain a word' }]);
  return trimmed;
}

/** A slug for the title that no other page of the same wiki has. */
export async function freeSlug(tx: Tx, communityId: string | null, title: string): Promise<string> {
  const base = (foldForSlug(title) || 'seite').slice(0, SLUG_MAX).replace(/-+$/, '') || 'seite';
  const sameWiki =
    communityId === null ? sql`${wikiPages.communityId} is null` : eq(wikiPages.communityId, communityId);
  const taken = await tx
    .select({ slug: wikiPages.slug })
    .from(wikiPages)
    .where(and(sameWiki, like(wikiPages.slug, `${base}%`)));
  return firstFreeSlug(
    base,
    taken.map((row) => row.slug),
  );
}

/** Refuses an edit based on an older revision than the newest (409 naming the newer one). */
export function requireCurrent(page: WikiPageRow, baseRevision: number): void {
  if (baseRevision !== page.revisionCount) {
    throw new Problem(
      409,
      'wiki-revision-conflict',
      'The page was changed meanwhile',
      `Revision ${page.revisionCount} was saved after revision ${baseRevision}.`,
      undefined,
      { revision: page.revisionCount },
    );
  }
}

/** Writes the next revision of a locked page, its links and an audit entry; answers its number. */
export async function saveRevision(tx: Tx, page: WikiPageRow, text: RevisionText, personId: string): Promise<number> {
  const number = page.revisionCount + 1;
  const now = new Date();
  await tx.insert(wikiRevisions).values({
    id: newId(),
    pageId: page.id,
    number,
    title: text.title,
    bodyHtml: text.bodyHtml,
    authorId: personId,
    comment: text.comment,
    restoredFrom: text.restoredFrom ?? null,
    createdAt: now,
  });
  await tx
    .update(wikiPages)
    .set({ title: text.title, bodyHtml: text.bodyHtml, revisionCount: number, updatedAt: now })
    .where(eq(wikiPages.id, page.id));
  await saveLinks(tx, page.id, text.bodyHtml);
  await audit(tx, {
    actorId: personId,
    action: text.restoredFrom ? 'wiki.restored' : number === 1 ? 'wiki.created' : 'wiki.edited',
    subjectType: 'wiki_page',
    subjectId: page.id,
    details: { revision: number, ...(text.restoredFrom ? { restoredFrom: text.restoredFrom } : {}) },
  });
  // A new page has no readers yet; a later revision is news to whoever reads or edits the page.
  if (number > 1) await announceWikiChange(tx, page, 'revision-saved', personId, number);
  return number;
}
