import type { FilterKey } from '../search-filters.ts';
import type { AtlasFilters } from '../search-params.ts';
import {
  LIST_FACETS,
  type ListFacet,
  type PublishedRecord,
  type PublishedTable,
  type SingleFacet,
} from './published-table.ts';

/**
 * The filters of a search as tests on the records of the published table, with the meaning the SQL
 * of the export gives them (search-filters.ts): several values of one filter mean "any of them"; a
 * list facet (task fields, Länder, Kreise) matches when the record holds any of the values.
 */
export interface TableFilter {
  key: FilterKey;
  passes(record: PublishedRecord): boolean;
}

/** Flags by value index: does the filter accept the value? Values no record holds are no index. */
function accepted(table: PublishedTable, facet: SingleFacet | ListFacet, wanted: readonly string[]): Uint8Array {
  const values = table.values[facet];
  const flags = new Uint8Array(values.length);
  const set = new Set(wanted);
  for (const [n, value] of values.entries()) if (set.has(value)) flags[n] = 1;
  return flags;
}

function single(table: PublishedTable, facet: SingleFacet, wanted: readonly string[]): TableFilter {
  const flags = accepted(table, facet, wanted);
  return { key: facet, passes: (r) => r.single[facet] >= 0 && flags[r.single[facet]] === 1 };
}

function list(table: PublishedTable, facet: ListFacet, wanted: readonly string[]): TableFilter {
  const flags = accepted(table, facet, wanted);
  return {
    key: facet,
    passes: (r) => {
      for (const n of r.list[facet]) if (flags[n] === 1) return true;
      return false;
    },
  };
}

/** The filters that are set, in a fixed order. */
export function tableFilters(table: PublishedTable, f: AtlasFilters): TableFilter[] {
  const filters: TableFilter[] = [];
  if (f.sector.length > 0) filters.push(single(table, 'sector', f.sector));
  for (const facet of LIST_FACETS) if (f[facet].length > 0) filters.push(list(table, facet, f[facet]));
  if (f.legalForm.length > 0) filters.push(single(table, 'legalForm', f.legalForm));
  if (f.status.length > 0) filters.push(single(table, 'status', f.status));
  if (f.transferable !== null) filters.push(single(table, 'transferable', [String(f.transferable)]));
  if (f.startFrom !== null || f.startTo !== null) {
    const from = f.startFrom ?? 0;
    const to = f.startTo ?? 9999;
    filters.push({ key: 'startYear', passes: (r) => r.startYear !== null && r.startYear >= from && r.startYear <= to });
  }
  if (f.partner.length > 0) {
    const partners = new Set(f.partner);
    filters.push({ key: 'partner', passes: (r) => r.partners.some((p) => partners.has(p)) });
  }
  return filters;
}
