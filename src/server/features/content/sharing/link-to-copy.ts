import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import type { PageRow } from '../queries.ts';
import { contentLinkChanges, contentLinkPins, contentLinkTexts, contentPages } from '../tables.ts';
import { copyTexts } from './copy-texts.ts';
import { shownTexts } from './shown-text.ts';

/**
 * Turns a linked page into a copy of what it shows: in every language the source's version it shows
 * (the pinned one while a change waits), with its own text before and after made part of the text.
 * From then on it is the organisation's own page; the attribution stays.
 */
export async function linkToCopy(tx: Tx, link: PageRow, authorId: string | null): Promise<void> {
  if (link.adoptionMode !== 'link' || !link.adoptedFromPageId) return;
  const shown = (await shownTexts(tx, [link])).get(link.id) ?? new Map();
  const texts = [...shown.entries()].map(([language, t]) => ({
    language,
    number: t.number,
    title: t.title,
    bodyHtml: `${t.beforeHtml}${t.bodyHtml}${t.afterHtml}`,
  }));
  await copyTexts(tx, link.adoptedFromPageId, texts, link.id, authorId);
  await tx.delete(contentLinkPins).where(eq(contentLinkPins.pageId, link.id));
  await tx.delete(contentLinkTexts).where(eq(contentLinkTexts.pageId, link.id));
  await tx.delete(contentLinkChanges).where(eq(contentLinkChanges.pageId, link.id));
  await tx
    .update(contentPages)
    .set({ adoptionMode: 'copy', updatedAt: new Date() })
    .where(eq(contentPages.id, link.id));
}
