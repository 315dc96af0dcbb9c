import { and, eq, max } from 'drizzle-orm';
import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { RestoreVersionInput } from '../../../../shared/contracts/content-pages.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, notFound } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { markPublishedMedia } from '../media/mark-published-media.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { refuseLinkedPage } from '../sharing/linked-page.ts';
import { tellLinkedPages } from '../sharing/tell-linked-pages.ts';
import { contentPages, contentVersions } from '../tables.ts';
import { countWords } from '../words.ts';
import { versionWithAuthor } from './page-queries.ts';

/**
 * Publishes the text of an earlier version of one language again, as a new version written by the
 * caller (editors and admins); the history keeps every version as it was. Restoring the source
 * language is a change like any other: a major one makes its translations outdated, a minor one
 * leaves them up to date. A restored translation is made from the last published version of the
 * language the restored version was translated from, as a saved translation is.
 */
export async function restoreVersion(
  db: Db,
  principal: Principal | null,
  pageId: string,
  language: string,
  input: RestoreVersionInput,
): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    refuseLinkedPage(page);
    await contentChanging(tx);
    const restored = (await versionWithAuthor(tx, page.id, language, input.number))?.version;
    if (!restored) throw notFound('Version');
    const isSource = language === page.sourceLanguage;
    const basis = isSource ? null : await basisOf(tx, page.id, restored.basisLanguage ?? page.sourceLanguage, language);
    const [last] = await tx
      .select({ number: max(contentVersions.number) })
      .from(contentVersions)
      .where(and(eq(contentVersions.pageId, page.id), eq(contentVersions.language, language)));
    const number = (last?.number ?? 0) + 1;
    await tx.insert(contentVersions).values({
      id: newId(),
      pageId: page.id,
      language,
      number,
      title: restored.title,
      bodyHtml: restored.bodyHtml,
      words: countWords(restored.title, restored.bodyHtml),
      minor: input.minor ?? false,
      draft: false,
      basisLanguage: basis?.language ?? null,
      basisNumber: basis?.number ?? null,
      origin: 'written',
      reviewed: true,
      authorId: principal?.personId ?? null,
    });
    await markPublishedMedia(tx, page.organisationId, restored.bodyHtml);
    await tx.update(contentPages).set({ updatedAt: new Date() }).where(eq(contentPages.id, page.id));
    // Pages of other organisations that link this one hear of it as of any other new version.
    await tellLinkedPages(tx, page, {
      language,
      number,
      title: restored.title,
      minor: input.minor ?? false,
      draft: false,
    });
    return pageView(tx, page, 'edit');
  });
}

/** The last published version of the basis language, which the restored translation now follows. */
async function basisOf(tx: Tx, pageId: string, basisLanguage: string, language: string) {
  if (basisLanguage === language) {
    throw conflict('translation-basis', 'No basis', 'A translation cannot be made from itself.');
  }
  const [published] = await tx
    .select({ number: max(contentVersions.number) })
    .from(contentVersions)
    .where(
      and(
        eq(contentVersions.pageId, pageId),
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
  return { language: basisLanguage, number: published.number };
}
