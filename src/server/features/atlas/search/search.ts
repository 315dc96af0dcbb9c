import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { AtlasSearch } from './search-params.ts';
import { runSearch } from './search-query.ts';
import { escapeHtml, highlightHtml } from './search-text.ts';
import { analyseQuery } from './search-words.ts';

/** Summary length shown as snippet when there are no words to highlight. */
const PLAIN_SNIPPET_MAX = 300;

let runs = 0;

/** How many searches this process has answered from the database (for tests and benchmarks). */
export function atlasSearchRuns(): number {
  return runs;
}

/**
 * The public atlas search (published records only, with facets, map points and a suggestion) as
 * the JSON text of a SearchResult. The points arrive from the database as JSON text and are put in
 * unparsed: for a large result they are nearly all of it.
 */
export async function searchAtlasJson(tx: Tx, search: AtlasSearch): Promise<string> {
  runs += 1;
  const words = await analyseQuery(tx, search.q);
  const raw = await runSearch(tx, search, words);
  const result: Omit<SearchResult, 'points'> = {
    total: raw.total,
    page: Math.floor(search.offset / search.limit) + 1,
    pageSize: search.limit,
    hits: raw.hits.map(({ titleHeadline, snippetHeadline, ...card }) => ({
      ...card,
      titleHighlighted: titleHeadline === null ? escapeHtml(card.title) : highlightHtml(titleHeadline),
      snippet:
        snippetHeadline === null
          ? escapeHtml(card.summary.slice(0, PLAIN_SNIPPET_MAX))
          : highlightHtml(snippetHeadline),
    })),
    facets: raw.facets,
    pointsTotal: raw.pointsTotal,
    suggestion: words.suggestion,
  };
  return `${JSON.stringify(result).slice(0, -1)},"points":${raw.pointsJson}}`;
}
