import { type SQL, sql } from 'drizzle-orm';
import { arrayLiteral } from '../../../platform/db/sql-arrays.ts';
import type { AtlasFilters } from './search-params.ts';

/**
 * The filters of an atlas search as SQL conditions on `c` (cooperations), one per facet, so each
 * facet can be counted with all the other filters applied but its own. Several values of one filter
 * mean "any of them". Values come from the validated query and are passed as parameters. The export
 * reads them here; the search applies the same meaning in memory (memory/table-filters.ts).
 */
export type FacetKey = 'sector' | 'field' | 'land' | 'kreis' | 'legalForm' | 'status' | 'transferable' | 'startYear';
export type FilterKey = FacetKey | 'partner';

interface FilterRule {
  /** The filter's parameter values; null when the filter is not set. */
  values(f: AtlasFilters): unknown[] | null;
  condition(...values: SQL[]): SQL;
}

const list = (values: readonly string[]) => (values.length > 0 ? [arrayLiteral(values)] : null);

/** In the order their conditions appear in a statement. */
const RULES: Record<FilterKey, FilterRule> = {
  sector: { values: (f) => list(f.sector), condition: (v) => sql`c.sector = any(${v}::text[])` },
  field: { values: (f) => list(f.field), condition: (v) => sql`c.fields && ${v}::text[]` },
  land: { values: (f) => list(f.land), condition: (v) => sql`c.land_codes && ${v}::text[]` },
  kreis: { values: (f) => list(f.kreis), condition: (v) => sql`c.kreis_ids && ${v}::uuid[]` },
  legalForm: { values: (f) => list(f.legalForm), condition: (v) => sql`c.legal_form = any(${v}::text[])` },
  status: { values: (f) => list(f.status), condition: (v) => sql`c.status = any(${v}::text[])` },
  transferable: {
    values: (f) => (f.transferable === null ? null : [f.transferable]),
    condition: (v) => sql`c.transferable = ${v}::boolean`,
  },
  startYear: {
    values: (f) => (f.startFrom === null && f.startTo === null ? null : [f.startFrom ?? 0, f.startTo ?? 9999]),
    condition: (from, to) => sql`c.start_year between ${from}::int and ${to}::int`,
  },
  partner: {
    values: (f) => list(f.partner),
    condition: (v) => sql`exists (select 1 from cooperation_partners cp
      where cp.cooperation_id = c.id and cp.organisation_id = any(${v}::uuid[]))`,
  },
};

const KEYS = Object.keys(RULES) as FilterKey[];

/** The conditions of the filters that are set, by key, with their values as parameters. */
export function filterConditions(f: AtlasFilters): Partial<Record<FilterKey, SQL>> {
  const conditions: Partial<Record<FilterKey, SQL>> = {};
  for (const key of KEYS) {
    const values = RULES[key].values(f);
    if (values) conditions[key] = RULES[key].condition(...values.map((value) => sql`${value}`));
  }
  return conditions;
}

/** All conditions together (undefined when there are none). */
export function allFilters(conditions: Partial<Record<FilterKey, SQL>>): SQL | undefined {
  const parts = Object.values(conditions);
  return parts.length > 0 ? sql.join(parts, sql` and `) : undefined;
}
