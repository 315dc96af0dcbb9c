import { and, eq } from 'drizzle-orm';
import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { ShareInput } from '../../../../shared/contracts/content-sharing.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { conflict, invalid } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { organisations } from '../../organisations/tables.ts';
import { pageFor } from '../access.ts';
import { pageView } from '../page-view.ts';
import { contentChanging } from '../public/content-generation.ts';
import { type PageRow, pageRow } from '../queries.ts';
import { contentPages } from '../tables.ts';
import { allianceMatesOf, contentWritersOf } from './audience.ts';
import { linkToCopy } from './link-to-copy.ts';

/**
 * Shares a page with everyone on the platform or with the organisation's alliances, under a licence,
 * or stops sharing it. Organisations that link the page and no longer see it keep what they showed
 * as a copy of their own, and are told so. Pages adopted as copies stay theirs either way.
 */
export async function sharePage(
  db: Db,
  principal: Principal | null,
  pageId: string,
  input: ShareInput,
): Promise<ContentPage> {
  return db.transaction(async (tx) => {
    const { page } = await pageFor(tx, principal, pageId, 'edit', true);
    await contentChanging(tx);
    if (page.adoptionMode === 'link') {
      throw conflict(
        'linked-page',
        'Linked page',
        'A linked page shows another organisation’s text; it cannot be shared.',
      );
    }
    if (input.sharedWith && !input.licence) {
      throw invalid([{ field: 'body:/licence', message: 'is required to share a page' }]);
    }
    const sharing = input.sharedWith
      ? { sharedWith: input.sharedWith, licence: input.licence ?? null, sharedAt: page.sharedAt ?? new Date() }
      : { sharedWith: null, licence: null, sharedAt: null };
    await tx.update(contentPages).set(sharing).where(eq(contentPages.id, page.id));
    const updated = (await pageRow(tx, page.id)) as PageRow;
    await endLinksOutsideAudience(tx, updated, principal?.personId ?? null);
    return pageView(tx, updated, 'edit');
  });
}

async function endLinksOutsideAudience(tx: Tx, source: PageRow, personId: string | null) {
  const links = await tx
    .select()
    .from(contentPages)
    .where(and(eq(contentPages.adoptedFromPageId, source.id), eq(contentPages.adoptionMode, 'link')));
  const [owner] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, source.organisationId));
  // Alliance membership is mutual: the owner's partners are the organisations that still see the page.
  const partners = source.sharedWith === 'alliances' ? await allianceMatesOf(tx, source.organisationId) : [];
  const stillSees = (organisationId: string) =>
    source.sharedWith === 'platform' || (source.sharedWith === 'alliances' && partners.includes(organisationId));
  for (const link of links) {
    if (stillSees(link.organisationId)) continue;
    await linkToCopy(tx, link, personId);
    await notify(tx, await contentWritersOf(tx, [link.organisationId]), {
      kind: 'content-link-ended',
      data: { organisationName: owner?.name ?? '', slug: link.slug },
      link: `/content/pages/${link.id}`,
    });
  }
}
