import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { pageHits } from './memory/page-hits.ts';
import { type PublishedRecord, publishedTable } from './memory/published-table.ts';
import { countIn, countInAll, emptyCounts, type Facets, facetsOf } from './memory/table-facets.ts';
import { tableFilters } from './memory/table-filters.ts';
import { type WordMatch, wordMatches } from './memory/word-matches.ts';
import type { AtlasSearch } from './search-params.ts';
import type { AnalysedQuery } from './search-words.ts';

/**
 * The atlas search. The database finds the records the words match (the GIN index on the search
 * vector, with their rank) and, at the end, the cards of the page shown with highlighted snippets;
 * everything between — the filters, every facet counted with the other filters applied, the total,
 * the order, the map points of the whole result — is done over the published table each process
 * holds in memory (memory/published-table.ts), in one pass over the candidates.
 */

export interface RawHit {
  id: string;
  slug: string;
  title: string;
  summary: string;
  sector: string;
  fields: string[];
  legalForm: string;
  status: string;
  state: string;
  startYear: number | null;
  landCodes: string[];
  partnerNames: string[];
  transferable: boolean;
  synthetic: boolean;
  /** Plain text with MARK_START/MARK_END around matches; null without words. */
  titleHeadline: string | null;
  snippetHeadline: string | null;
}

export interface RawResult {
  total: number;
  hits: RawHit[];
  /** The map points as JSON text: they are most of a large answer, and pass through unparsed. */
  pointsJson: string;
  pointsTotal: number;
  facets: Facets;
}

export async function runSearch(db: Tx, search: AtlasSearch, words: AnalysedQuery): Promise<RawResult> {
  const hasWords = words.expanded !== null;
  const ranked = hasWords && search.sort === 'relevance';
  const [table, found] = await Promise.all([
    publishedTable(db),
    hasWords ? wordMatches(db, words, { ranked, cardsMax: search.offset + search.limit }) : Promise.resolve(null),
  ]);
  const matches = found?.matches ?? null;
  const filters = tableFilters(table, search.filters);
  const counts = emptyCounts(table);
  const listed: PublishedRecord[] = [];

  // Candidates in list order (newest first, or latest start); a record failing one filter counts
  // only in that filter's facet, one failing two in none.
  const ordered = search.sort === 'start' ? table.latestStart : table.newest;
  for (const record of ordered) {
    if (matches && !matches.has(record.id)) continue;
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < filters.length && failures < 2; i++) {
      if (!(filters[i] as (typeof filters)[number]).passes(record)) {
        failures += 1;
        failed = i;
      }
    }
    if (failures === 0) {
      listed.push(record);
      countInAll(counts, record);
    } else if (failures === 1) {
      const key = (filters[failed] as (typeof filters)[number]).key;
      if (key !== 'partner') countIn(counts, record, key);
    }
  }
  if (ranked && matches) sortByRelevance(listed, matches);

  const withPoints = listed.filter((r) => r.point !== null);
  const pageIds = listed.slice(search.offset, search.offset + search.limit).map((r) => r.id);
  const cards = found?.cards;
  return {
    total: listed.length,
    hits: cards ? pageIds.flatMap((id) => cards.get(id) ?? []) : await pageHits(db, pageIds, words),
    pointsJson: `[${withPoints
      .slice(0, ATLAS_LIMITS.mapPointsMax)
      .map((r) => r.point)
      .join(',')}]`,
    pointsTotal: withPoints.length,
    facets: facetsOf(table, counts, search.filters.kreis),
  };
}

/**
 * Records holding every word as a whole word first, then by rank; equal ones keep the newest-first
 * order they came in (the sort is stable).
 */
function sortByRelevance(records: PublishedRecord[], matches: Map<string, WordMatch>): void {
  records.sort((a, b) => {
    const ma = matches.get(a.id) as WordMatch;
    const mb = matches.get(b.id) as WordMatch;
    return Number(mb.whole) - Number(ma.whole) || mb.rank - ma.rank;
  });
}
