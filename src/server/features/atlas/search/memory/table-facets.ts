import type { FacetBucket } from '../../../../../shared/contracts/atlas.ts';
import type { FacetKey } from '../search-filters.ts';
import { LIST_FACETS, type PublishedRecord, type PublishedTable, SINGLE_FACETS } from './published-table.ts';

/**
 * Facet counts over the records of a search: each facet counts the records passing every filter but
 * its own, so its buckets say what choosing another value would find. One pass over the candidates
 * (see table-search.ts) adds each record to the facets it counts for.
 */

export interface FacetCounts {
  /** Per facet, a count per value index of the published table. */
  counts: Record<FacetKey, Int32Array>;
}

export type Facets = Record<Exclude<FacetKey, 'kreis'>, FacetBucket[]> & {
  kreis: { value: string; label: string; count: number }[];
};

/** Kreise are many; the facet lists the busiest (and every selected one). */
const KREIS_FACET_MAX = 100;

export function emptyCounts(table: PublishedTable): FacetCounts {
  const counts = {} as Record<FacetKey, Int32Array>;
  for (const facet of [...SINGLE_FACETS, ...LIST_FACETS]) counts[facet] = new Int32Array(table.values[facet].length);
  return { counts };
}

function add(counts: Int32Array, n: number): void {
  counts[n] = (counts[n] as number) + 1;
}

/** Counts the record in every facet (it passes every filter). */
export function countInAll({ counts }: FacetCounts, record: PublishedRecord): void {
  for (const facet of SINGLE_FACETS) {
    const n = record.single[facet];
    if (n >= 0) add(counts[facet], n);
  }
  for (const facet of LIST_FACETS) {
    const facetCounts = counts[facet] as Int32Array;
    for (const n of record.list[facet]) add(facetCounts, n);
  }
}

/** Counts the record in one facet only (it fails that facet's filter alone). */
export function countIn({ counts }: FacetCounts, record: PublishedRecord, facet: FacetKey): void {
  const facetCounts = counts[facet];
  if (facet === 'field' || facet === 'land' || facet === 'kreis') {
    for (const n of record.list[facet]) add(facetCounts, n);
  } else {
    const n = record.single[facet];
    if (n >= 0) add(facetCounts, n);
  }
}

const byCountThenValue = (a: FacetBucket, b: FacetBucket) =>
  b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

function buckets(table: PublishedTable, { counts }: FacetCounts, facet: FacetKey): FacetBucket[] {
  const values = table.values[facet];
  const list: FacetBucket[] = [];
  for (const [n, count] of counts[facet].entries()) {
    if (count > 0) list.push({ value: values[n] as string, count });
  }
  return list.sort(byCountThenValue);
}

/** The buckets of every facet, most first; Kreise with their names, the selected ones always listed. */
export function facetsOf(table: PublishedTable, counts: FacetCounts, selectedKreise: readonly string[]): Facets {
  const selected = new Set(selectedKreise);
  const kreise = buckets(table, counts, 'kreis')
    .sort((a, b) => Number(selected.has(b.value)) - Number(selected.has(a.value)) || byCountThenValue(a, b))
    .slice(0, KREIS_FACET_MAX)
    .flatMap((bucket) => {
      const kreis = table.kreise.get(bucket.value);
      return kreis ? [{ ...bucket, name: kreis.name, label: kreis.label }] : [];
    })
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ value, label, count }) => ({ value, label, count }));
  return {
    sector: buckets(table, counts, 'sector'),
    field: buckets(table, counts, 'field'),
    land: buckets(table, counts, 'land'),
    kreis: kreise,
    legalForm: buckets(table, counts, 'legalForm'),
    status: buckets(table, counts, 'status'),
    transferable: buckets(table, counts, 'transferable'),
    startYear: buckets(table, counts, 'startYear'),
  };
}
