import { and, eq, isNull } from 'drizzle-orm';
import type { ContentLicence, ContentPage, SharedWith } from '../../../shared/contracts/content.ts';
import type { Tx } from '../../platform/db/client.ts';
import { inTurn } from '../../platform/db/in-turn.ts';
import type { ContentAccess } from './policy.ts';
import { factsOf, ordersOf, type PageRow, type VersionRow, versionsOf } from './queries.ts';
import { shownTexts, textPageIdOf } from './sharing/shown-text.ts';
import { contentLinkChanges } from './tables.ts';
import { languagesOf, translationStatuses } from './translation-status.ts';

const textOf = (v: Pick<VersionRow, 'number' | 'title' | 'bodyHtml' | 'createdAt'>) => ({
  number: v.number,
  title: v.title,
  bodyHtml: v.bodyHtml,
  createdAt: v.createdAt.toISOString(),
});

/**
 * A page as its organisation's people see it: every language's published text and newer draft, with
 * status. A linked page shows its source's text (the version it is pinned to while a change waits)
 * with its own text around it, and the source's translation status.
 */
export async function pageView(tx: Tx, page: PageRow, access: Exclude<ContentAccess, null>): Promise<ContentPage> {
  const linked = page.adoptionMode === 'link';
  const textPageId = textPageIdOf(page);
  const [versions, orders, shown, pending] = await inTurn([
    () => versionsOf(tx, [textPageId]),
    () => ordersOf(tx, [textPageId]),
    () => (linked ? shownTexts(tx, [page]) : null),
    () => (linked ? pendingChangesOf(tx, page.id) : []),
  ]);
  const facts = versions.map(factsOf);
  const languages = linked
    ? [...(shown?.get(page.id)?.keys() ?? [])].sort((a, b) => (a === page.sourceLanguage ? -1 : a.localeCompare(b)))
    : languagesOf(page.sourceLanguage, facts, orders);
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
    contact: page.contact,
    languages: languages.map((language) => {
      const status = statuses.get(language);
      const common = { language, status: status?.status ?? null, basis: status?.basis ?? null };
      if (linked) {
        const text = shown?.get(page.id)?.get(language);
        return {
          ...common,
          published: text ? textOf(text) : null,
          draft: null,
          local: { beforeHtml: text?.beforeHtml ?? '', afterHtml: text?.afterHtml ?? '' },
          pinned: text?.pinned ?? false,
        };
      }
      const own = versions.filter((v) => v.language === language);
      const published = own.filter((v) => !v.draft).at(-1) ?? null;
      const last = own.at(-1) ?? null;
      const draft = last?.draft && (!published || last.number > published.number) ? last : null;
      return { ...common, published: published ? textOf(published) : null, draft: draft ? textOf(draft) : null };
    }),
    sharing: {
      sharedWith: page.sharedWith as SharedWith | null,
      licence: page.licence as ContentLicence | null,
      sharedAt: page.sharedAt?.toISOString() ?? null,
    },
    adoption: page.adoptionMode
      ? {
          mode: page.adoptionMode as 'copy' | 'link',
          sourcePageId: page.adoptedFromPageId,
          sourceOrganisationId: page.adoptedFromOrganisationId,
          sourceOrganisationName: page.adoptedFromOrganisationName ?? '',
          version: page.adoptedFromVersion ?? 1,
          licence: page.adoptedLicence as ContentLicence | null,
          pendingChanges: pending,
        }
      : null,
    viewer: { canEdit: access === 'edit' },
  };
}

/** A linked page's changes of the source that wait to be taken over, oldest first. */
export async function pendingChangesOf(tx: Tx, pageId: string) {
  return tx
    .select({
      id: contentLinkChanges.id,
      language: contentLinkChanges.language,
      fromNumber: contentLinkChanges.fromNumber,
      toNumber: contentLinkChanges.toNumber,
    })
    .from(contentLinkChanges)
    .where(and(eq(contentLinkChanges.pageId, pageId), isNull(contentLinkChanges.takenAt)))
    .orderBy(contentLinkChanges.createdAt);
}
