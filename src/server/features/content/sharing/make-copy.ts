import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { pageFor } from '../access.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { type PageRow, pageRow } from '../queries.ts';
import { linkToCopy } from './link-to-copy.ts';
import { requireLinkedPage } from './linked-page.ts';

/** The adopting organisation turns its linked page into a copy of what it shows, to write it itself. */
export async function makeCopy(db: Db, principal: Principal | null, pageId: string): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    requireLinkedPage(page);
    await contentChanging(tx);
    await linkToCopy(tx, page, principal?.personId ?? null);
    return pageView(tx, (await pageRow(tx, page.id)) as PageRow, 'edit');
  });
}
