import type { AdoptionMode, StatusMatrix } from '../../../shared/contracts/content.ts';
import type { StatusFilterQuery } from '../../../shared/contracts/content-pages.ts';
import type { Tx } from '../../platform/db/client.ts';
import { factsOf, ordersOf, pagesOfOrganisation, versionsOf } from './queries.ts';
import { textPageIdOf } from './sharing/shown-text.ts';
import { languagesOf, translationStatuses } from './translation-status.ts';

/**
 * The organisation's pages × every language any of them has: the status of each translation, and
 * `source` where the language is the page's own. The title is the newest published one in the
 * source language (or the draft's, for a page never published).
 *
 * A page linked to another organisation's shows the source's languages and statuses, and says it is
 * linked (`adoptionMode`): its translations are the source's, so no XLIFF export takes it.
 *
 * Filtered by `language`, the matrix has that one column (a language no page has yet is missing
 * everywhere); by `status`, only the pages with that status in one of the columns.
 */
export async function statusMatrix(
  tx: Tx,
  organisationId: string,
  filter: StatusFilterQuery = {},
): Promise<StatusMatrix> {
  const pages = await pagesOfOrganisation(tx, organisationId);
  // A linked page's languages and statuses are its source's (their drafts are not its business).
  const ids = [...new Set(pages.map(textPageIdOf))];
  const versions = byPage(await versionsOf(tx, ids));
  const orders = byPage(await ordersOf(tx, ids));
  const all = new Set<string>();
  const rows = pages.map((page) => {
    const linked = page.adoptionMode === 'link';
    const own = (versions.get(textPageIdOf(page)) ?? []).filter((v) => !linked || !v.draft);
    const facts = own.map(factsOf);
    const ownOrders = orders.get(textPageIdOf(page)) ?? [];
    for (const language of languagesOf(page.sourceLanguage, facts, ownOrders)) all.add(language);
    const source = own.filter((v) => v.language === page.sourceLanguage);
    const title = (source.filter((v) => !v.draft).at(-1) ?? source.at(-1))?.title ?? page.slug;
    return { page, facts, ownOrders, title };
  });
  const languages = filter.language ? [filter.language] : [...all].sort();
  const matrixRows = rows.map(({ page, facts, ownOrders, title }) => ({
    id: page.id,
    slug: page.slug,
    title,
    sourceLanguage: page.sourceLanguage,
    adoptionMode: adoptionModeOf(page.adoptionMode),
    statuses: {
      ...(languages.includes(page.sourceLanguage) ? { [page.sourceLanguage]: 'source' as const } : {}),
      ...Object.fromEntries(
        translationStatuses(page.sourceLanguage, languages, facts, ownOrders).map((s) => [s.language, s.status]),
      ),
    },
  }));
  const { status } = filter;
  return {
    languages,
    pages: status ? matrixRows.filter((r) => Object.values(r.statuses).includes(status)) : matrixRows,
  };
}

function adoptionModeOf(mode: string | null): AdoptionMode | null {
  return mode === 'copy' || mode === 'link' ? mode : null;
}

/** Rows grouped by their page, in the order they came. */
function byPage<T extends { pageId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.pageId);
    if (group) group.push(row);
    else groups.set(row.pageId, [row]);
  }
  return groups;
}
