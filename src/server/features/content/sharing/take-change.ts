import { and, eq, isNull } from 'drizzle-orm';
import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { contentLinkChanges, contentLinkPins } from '../tables.ts';
import { requireLinkedPage } from './linked-page.ts';

/**
 * Takes a change of the source over: the linked page shows the source's current text in that
 * language again, and every change waiting in that language counts as taken.
 */
export async function takeChange(
  db: Db,
  principal: Principal | null,
  pageId: string,
  changeId: string,
): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    requireLinkedPage(page);
    await contentChanging(tx);
    const [change] = await tx
      .select()
      .from(contentLinkChanges)
      .where(
        and(
          eq(contentLinkChanges.id, changeId),
          eq(contentLinkChanges.pageId, page.id),
          isNull(contentLinkChanges.takenAt),
        ),
      );
    if (!change) throw notFound('Change');
    await tx
      .delete(contentLinkPins)
      .where(and(eq(contentLinkPins.pageId, page.id), eq(contentLinkPins.language, change.language)));
    await tx
      .update(contentLinkChanges)
      .set({ takenAt: new Date(), takenBy: principal?.personId ?? null })
      .where(
        and(
          eq(contentLinkChanges.pageId, page.id),
          eq(contentLinkChanges.language, change.language),
          isNull(contentLinkChanges.takenAt),
        ),
      );
    return pageView(tx, page, 'edit');
  });
}
