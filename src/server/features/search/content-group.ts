import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { escapeHtml, highlightHtml } from '../atlas/search/search-text.ts';
import { searchPublishedPages } from '../content/public/search-pages.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';

/** A word of another script than Latin (Arabic, Cyrillic, Greek …): letters and their marks only. */
const OTHER_SCRIPT_WORD = /^(?=.*[^\p{Script=Latin}\p{N}\p{M}])[\p{L}\p{M}\p{N}]+$/u;
/** Shorter words of other scripts would match too much as prefixes. */
const OTHER_SCRIPT_MIN_LENGTH = 2;

/**
 * The German analysis keeps Latin letters only (search-words.ts), but pages are read in Arabic,
 * Ukrainian, Farsi too. A word of another script is looked for as it is typed, as the beginning of a
 * word (the `german` configuration keeps such words whole and lower-cased, as the pages' vectors do);
 * all words must match, the German ones in their analysed forms.
 */
export function contentQuery(query: GermanQuery): string | null {
  const others = query.text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length >= OTHER_SCRIPT_MIN_LENGTH && OTHER_SCRIPT_WORD.test(word))
    .map((word) => `${word}:*`);
  const parts = [...(query.prefixed === null ? [] : [query.prefixed]), ...new Set(others)];
  return parts.length === 0 ? null : parts.join(' & ');
}

/**
 * Published content pages (citizen information, public for everyone) by the German query with
 * compound parts and prefixes, as messages are searched ("Wohnsitz" finds "Wohnsitzanmeldung"), one
 * hit per page and language, and words of other scripts as typed (contentQuery). At most COUNT_MAX
 * of the best matches are checked for being public (search-pages.ts). A hit opens the page on /inhalte/, which the server renders.
 */
export async function searchContentGroup(tx: Tx, query: GermanQuery, limit: number): Promise<GroupResult> {
  const tsquery = contentQuery(query);
  if (tsquery === null) return NO_HITS;
  const found = await searchPublishedPages(tx, tsquery, limit, COUNT_MAX);
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
