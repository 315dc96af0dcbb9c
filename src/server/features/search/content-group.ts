import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { escapeHtml, highlightHtml } from '../atlas/search/search-text.ts';
import { searchPublishedPages } from '../content/public/search-pages.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';

/**
 * Published content pages (citizen information, public for everyone) by the German query with
 * compound parts and prefixes, as messages are searched ("Wohnsitz" finds "Wohnsitzanmeldung"), one
 * hit per page and language. Texts are stemmed at query time, so at most COUNT_MAX of those that can
 * match are checked (search-pages.ts). A hit opens the page on /inhalte/, which the server renders.
 */
export async function searchContentGroup(tx: Tx, query: GermanQuery, limit: number): Promise<GroupResult> {
  if (query.prefixed === null) return NO_HITS;
  const found = await searchPublishedPages(tx, query.prefixed, limit, COUNT_MAX);
  return {
    total: found.total,
    capped: found.capped,
    hits: found.hits.map(
      (hit): UnifiedHit => ({
        id: `${hit.pageId}:${hit.language}`,
        href: hit.href,
        title: hit.title,
        titleHtml: hit.titleHeadline ? highlightHtml(hit.titleHeadline) : escapeHtml(hit.title),
        snippetHtml: highlightHtml(hit.snippetHeadline ?? ''),
        names: [hit.organisationName],
        language: hit.language,
      }),
    ),
  };
}
