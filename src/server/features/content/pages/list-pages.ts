import type { PageTree, PageTreeItem } from '../../../../shared/contracts/content-pages.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { pagesOfOrganisation } from '../queries.ts';
import { textPageIdOf } from '../sharing/shown-text.ts';
import { requireContentReader } from './organisation-reader.ts';
import { versionHeads } from './page-queries.ts';
import { treeOrder } from './tree-order.ts';

const ADOPTION_MODES = new Set(['copy', 'link']);
const AUDIENCES = new Set(['platform', 'alliances']);

/**
 * The organisation's pages in the order of their tree, for its members. A linked page shows its
 * source's text, so its title and languages are the source's (its published versions only).
 */
export async function listPages(db: Db, principal: Principal | null, organisationId: string): Promise<PageTree> {
  await requireContentReader(db, principal, organisationId);
  const pages = await pagesOfOrganisation(db, organisationId);
  const heads = await versionHeads(db, [...new Set(pages.map(textPageIdOf))]);
  const byPage = new Map<string, typeof heads>();
  for (const head of heads) {
    const group = byPage.get(head.pageId);
    if (group) group.push(head);
    else byPage.set(head.pageId, [head]);
  }
  return {
    pages: treeOrder(pages).map((page): PageTreeItem => {
      const linked = textPageIdOf(page) !== page.id;
      const versions = (byPage.get(textPageIdOf(page)) ?? []).filter((v) => !(linked && v.draft));
      const source = versions.filter((v) => v.language === page.sourceLanguage);
      const lastPublished = source.filter((v) => !v.draft).at(-1);
      const published = new Set(versions.filter((v) => !v.draft).map((v) => v.language));
      published.delete(page.sourceLanguage);
      return {
        id: page.id,
        parentId: page.parentId,
        position: page.position,
        slug: page.slug,
        title: (lastPublished ?? source.at(-1))?.title ?? page.slug,
        sourceLanguage: page.sourceLanguage,
        published: Boolean(lastPublished),
        languages: [...(lastPublished ? [page.sourceLanguage] : []), ...[...published].sort()],
        adoptionMode: ADOPTION_MODES.has(page.adoptionMode ?? '') ? (page.adoptionMode as 'copy' | 'link') : null,
        sharedWith: AUDIENCES.has(page.sharedWith ?? '') ? (page.sharedWith as 'platform' | 'alliances') : null,
        updatedAt: page.updatedAt.toISOString(),
      };
    }),
  };
}
