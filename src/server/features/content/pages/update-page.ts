import { eq } from 'drizzle-orm';
import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { UpdatePageInput } from '../../../../shared/contracts/content-pages.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { conflict, invalid } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { type PageRow, pageRow } from '../queries.ts';
import { contentPages } from '../tables.ts';
import { slugTaken, treeNodeForUpdate } from './page-queries.ts';

// Deeper than any tree a person builds; a longer chain of parents is data gone wrong.
const MAX_DEPTH = 1000;

/**
 * Changes the facts of a page (editors and admins): its place in the tree, its address, LeiKa key,
 * tags, valid-until date and contact. Fields left out stay as they are. A page moves only below a
 * page of its own organisation and never below itself or one of its own children.
 */
export async function updatePage(
  db: Db,
  principal: Principal | null,
  pageId: string,
  input: UpdatePageInput,
): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    await contentChanging(tx);
    const changes: Partial<typeof contentPages.$inferInsert> = {};
    if (input.parentId !== undefined) {
      if (input.parentId !== null) await checkParent(tx, page, input.parentId);
      changes.parentId = input.parentId;
    }
    if (input.position !== undefined) changes.position = input.position;
    if (input.slug !== undefined && input.slug !== page.slug) {
      if (await slugTaken(tx, page.organisationId, input.slug, page.id)) {
        throw conflict('slug-taken', 'Slug taken', 'The organisation has a page with this address.');
      }
      changes.slug = input.slug;
    }
    if (input.leikaKey !== undefined) changes.leikaKey = input.leikaKey;
    if (input.tags !== undefined) changes.tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))];
    if (input.validUntil !== undefined) changes.validUntil = input.validUntil;
    if (input.contact !== undefined) changes.contact = input.contact?.trim() || null;
    await tx
      .update(contentPages)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(contentPages.id, page.id));
    return pageView(tx, (await pageRow(tx, page.id)) as PageRow, 'edit');
  });
}

/**
 * The new parent must be a page of the same organisation, and the page must not be among its
 * ancestors. The chain is locked as it is walked, so two moves that would together make a cycle
 * wait for each other (the second then sees the first's parent, or the database breaks the tie).
 */
async function checkParent(tx: Tx, page: PageRow, parentId: string): Promise<void> {
  const field = 'body:/parentId';
  if (parentId === page.id) throw invalid([{ field, message: 'is the page itself' }]);
  let current: string | null = parentId;
  for (let depth = 0; current !== null; depth += 1) {
    const node = await treeNodeForUpdate(tx, current);
    if (!node || node.organisationId !== page.organisationId) {
      throw invalid([{ field, message: 'is no page of this organisation' }]);
    }
    if (node.id === page.id) throw invalid([{ field, message: 'is below the page itself' }]);
    if (depth >= MAX_DEPTH) throw invalid([{ field, message: 'is too deep in the tree' }]);
    current = node.parentId;
  }
}
