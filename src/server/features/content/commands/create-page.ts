import { and, eq } from 'drizzle-orm';
import type { ContentPage, CreatePageInput } from '../../../../shared/contracts/content.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden, invalid, unauthenticated } from '../../../platform/errors/problem.ts';
import { markPublishedMedia } from '../media/mark-published-media.ts';
import { sanitizeContentHtml } from '../media/sanitize-content-html.ts';
import { pageView } from '../page-view.ts';
import { contentAccess } from '../policy.ts';
import { contentChanging } from '../public/content-generation.ts';
import { contentPages, contentVersions } from '../tables.ts';
import { countWords } from '../words.ts';

/** A new page of the organisation with its first version in the source language. */
export async function createPage(db: Db, principal: Principal | null, input: CreatePageInput): Promise<ContentPage> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    if ((await contentAccess(tx, principal, input.organisationId)) !== 'edit') {
      throw forbidden('Only admins and editors of the organisation write its pages.');
    }
    await contentChanging(tx);
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: contentPages.id })
        .from(contentPages)
        .where(and(eq(contentPages.id, input.parentId), eq(contentPages.organisationId, input.organisationId)));
      if (!parent) throw invalid([{ field: 'body:/parentId', message: 'is no page of this organisation' }]);
    }
    const [taken] = await tx
      .select({ id: contentPages.id })
      .from(contentPages)
      .where(and(eq(contentPages.organisationId, input.organisationId), eq(contentPages.slug, input.slug)));
    if (taken) throw conflict('slug-taken', 'Slug taken', 'The organisation has a page with this address.');

    const id = newId();
    const title = input.title.trim();
    const bodyHtml = sanitizeContentHtml(input.bodyHtml);
    const sourceLanguage = input.sourceLanguage ?? 'de';
    await tx.insert(contentPages).values({
      id,
      organisationId: input.organisationId,
      parentId: input.parentId ?? null,
      slug: input.slug,
      sourceLanguage,
      leikaKey: input.leikaKey ?? null,
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      validUntil: input.validUntil ?? null,
      contact: input.contact?.trim() || null,
      createdBy: principal.personId,
    });
    await tx.insert(contentVersions).values({
      id: newId(),
      pageId: id,
      language: sourceLanguage,
      number: 1,
      title,
      bodyHtml,
      words: countWords(title, bodyHtml),
      draft: input.draft ?? false,
      authorId: principal.personId,
    });
    if (!input.draft) await markPublishedMedia(tx, input.organisationId, bodyHtml);
    const [page] = await tx.select().from(contentPages).where(eq(contentPages.id, id));
    return pageView(tx, page as typeof contentPages.$inferSelect, 'edit');
  });
}
