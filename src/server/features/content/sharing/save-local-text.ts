import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { LocalTextInput } from '../../../../shared/contracts/content-sharing.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { pageFor } from '../access.ts';
import { sanitizeContentHtml } from '../media/sanitize-content-html.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { contentLinkTexts } from '../tables.ts';
import { requireLinkedPage } from './linked-page.ts';

/** A linked page's own text before and after the source's in one language (its address, its opening hours). */
export async function saveLocalText(
  db: Db,
  principal: Principal | null,
  pageId: string,
  language: string,
  input: LocalTextInput,
): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    requireLinkedPage(page);
    await contentChanging(tx);
    const texts = {
      beforeHtml: sanitizeContentHtml(input.beforeHtml),
      afterHtml: sanitizeContentHtml(input.afterHtml),
    };
    await tx
      .insert(contentLinkTexts)
      .values({ pageId: page.id, language, ...texts })
      .onConflictDoUpdate({
        target: [contentLinkTexts.pageId, contentLinkTexts.language],
        set: { ...texts, updatedAt: new Date() },
      });
    return pageView(tx, page, 'edit');
  });
}
