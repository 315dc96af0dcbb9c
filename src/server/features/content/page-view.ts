import type { ContentPage } from '../../../shared/contracts/content.ts';
import type { Tx } from '../../platform/db/client.ts';
import type { ContentAccess } from './policy.ts';
import { factsOf, ordersOf, type PageRow, type VersionRow, versionsOf } from './queries.ts';
import { languagesOf, translationStatuses } from './translation-status.ts';

const textOf = (v: VersionRow) => ({
  number: v.number,
  title: v.title,
  bodyHtml: v.bodyHtml,
  createdAt: v.createdAt.toISOString(),
});

/** A page as its organisation's people see it: every language's published text and newer draft, with status. */
export async function pageView(tx: Tx, page: PageRow, access: Exclude<ContentAccess, null>): Promise<ContentPage> {
  const versions = await versionsOf(tx, [page.id]);
  const orders = await ordersOf(tx, [page.id]);
  const facts = versions.map(factsOf);
  const languages = languagesOf(page.sourceLanguage, facts, orders);
  const statuses = new Map(
    translationStatuses(page.sourceLanguage, languages, facts, orders).map((s) => [s.language, s]),
  );
  return {
    id: page.id,
    organisationId: page.organisationId,
    parentId: page.parentId,
    slug: page.slug,
    sourceLanguage: page.sourceLanguage,
    leikaKey: page.leikaKey,
    tags: page.tags,
    validUntil: page.validUntil,
    languages: languages.map((language) => {
      const own = versions.filter((v) => v.language === language);
      const published = own.filter((v) => !v.draft).at(-1) ?? null;
      const last = own.at(-1) ?? null;
      const draft = last?.draft && (!published || last.number > published.number) ? last : null;
      const status = statuses.get(language);
      return {
        language,
        published: published ? textOf(published) : null,
        draft: draft ? textOf(draft) : null,
        status: status?.status ?? null,
        basis: status?.basis ?? null,
      };
    }),
    viewer: { canEdit: access === 'edit' },
  };
}
