import { eq } from 'drizzle-orm';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { contentChanging } from '../public/content-generation.ts';
import { contentPages } from '../tables.ts';
import { forgetSourceOfCopies, hasChildren, linkCount } from './page-queries.ts';

/**
 * Deletes a page with all its versions in every language (editors and admins). Refused while pages
 * sit below it, and while other organisations show it as a live link: they would lose their page.
 * Copies others made of it keep their text.
 */
export async function deletePage(
  db: Db,
  principal: Principal | null,
  pageId: string,
  ip: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    await contentChanging(tx);
    if (await hasChildren(tx, page.id)) {
      throw conflict(
        'page-has-children',
        'The page has pages below it',
        'Move the pages below it elsewhere or delete them first.',
      );
    }
    const links = await linkCount(tx, page.id);
    if (links > 0) {
      throw conflict(
        'page-linked',
        'Other organisations link the page',
        `${links === 1 ? 'One organisation shows' : `${links} organisations show`} this page as a live link. ` +
          'Stop sharing it instead: their links become copies of their own, and the page can be deleted afterwards.',
      );
    }
    await forgetSourceOfCopies(tx, page.id);
    await tx.delete(contentPages).where(eq(contentPages.id, page.id));
    await audit(tx, {
      actorId: principal?.personId ?? null,
      action: 'content.page_deleted',
      subjectType: 'content_page',
      subjectId: page.id,
      organisationId: page.organisationId,
      ip,
      details: { slug: page.slug },
    });
  });
}
