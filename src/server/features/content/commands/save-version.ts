import { and, eq, max } from 'drizzle-orm';
import type { ContentPage, SaveVersionInput } from '../../../../shared/contracts/content.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { markPublishedMedia } from '../media/mark-published-media.ts';
import { sanitizeContentHtml } from '../media/sanitize-content-html.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { refuseLinkedPage } from '../sharing/linked-page.ts';
import { tellLinkedPages } from '../sharing/tell-linked-pages.ts';
import { contentPages, contentVersions } from '../tables.ts';
import { countWords } from '../words.ts';

/**
 * A new version of the page's text in one language: the source language (its own text) or a
 * translation, made from the last published version of its basis language (the source unless
 * named). Versions are numbered per language under a lock on the page.
 */
export async function saveVersion(
  db: Db,
  principal: Principal | null,
  pageId: string,
  language: string,
  input: SaveVersionInput,
): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    refuseLinkedPage(page);
    await contentChanging(tx);
    const isSource = language === page.sourceLanguage;
    let basis: { language: string; number: number } | null = null;
    if (!isSource) {
      const basisLanguage = input.basisLanguage ?? page.sourceLanguage;
      if (basisLanguage === language) {
        throw conflict('translation-basis', 'No basis', 'A translation cannot be made from itself.');
      }
      const [published] = await tx
        .select({ number: max(contentVersions.number) })
        .from(contentVersions)
        .where(
          and(
            eq(contentVersions.pageId, page.id),
            eq(contentVersions.language, basisLanguage),
            eq(contentVersions.draft, false),
          ),
        );
      if (!published?.number) {
        throw conflict(
          'translation-basis',
          'No basis',
          `The page has no published text in ${basisLanguage} to translate from.`,
        );
      }
      basis = { language: basisLanguage, number: published.number };
    }
    const [last] = await tx
      .select({ number: max(contentVersions.number) })
      .from(contentVersions)
      .where(and(eq(contentVersions.pageId, page.id), eq(contentVersions.language, language)));
    const title = input.title.trim();
    const bodyHtml = sanitizeContentHtml(input.bodyHtml);
    const number = (last?.number ?? 0) + 1;
    const machine = !isSource && (input.machine ?? false);
    await tx.insert(contentVersions).values({
      id: newId(),
      pageId: page.id,
      language,
      number,
      title,
      bodyHtml,
      words: countWords(title, bodyHtml),
      minor: input.minor ?? false,
      draft: input.draft ?? false,
      basisLanguage: basis?.language ?? null,
      basisNumber: basis?.number ?? null,
      origin: machine ? 'machine' : 'written',
      reviewed: !machine,
      authorId: principal?.personId ?? null,
    });
    if (!input.draft) await markPublishedMedia(tx, page.organisationId, bodyHtml);
    await tx.update(contentPages).set({ updatedAt: new Date() }).where(eq(contentPages.id, page.id));
    await tellLinkedPages(tx, page, {
      language,
      number,
      title,
      minor: input.minor ?? false,
      draft: input.draft ?? false,
    });
    return pageView(tx, page, 'edit');
  });
}
