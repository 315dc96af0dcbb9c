import { type SQL, sql } from 'drizzle-orm';
import { textArray, uuidArray } from '../../../platform/db/sql-arrays.ts';
import type { AtlasFilters } from './search-params.ts';

/**
 * The filters of an atlas search as SQL conditions on `c` (cooperations), one per facet, so each
 * facet can be counted with all the other filters applied but its own. Several values of one filter
 * mean "any of them". Values come from the validated query and are passed as parameters.
 */
export type FacetKey = 'sector' | 'field' | 'land' | 'kreis' | 'legalForm' | 'status' | 'transferable' | 'startYear';
export type FilterKey = FacetKey | 'partner';

export const FACET_KEYS: readonly FacetKey[] = [
  'sector',
  'field',
  'land',
  'kreis',
  'legalForm',
  'status',
  'transferable',
  'startYear',
];

/** The conditions of the filters that are set, by key. */
export function filterConditions(f: AtlasFilters): Partial<Record<FilterKey, SQL>> {
  const conditions: Partial<Record<FilterKey, SQL>> = {};
  if (f.sector.length > 0) conditions.sector = sql`c.sector = any(${textArray(f.sector)})`;
  if (f.field.length > 0) conditions.field = sql`c.fields && ${textArray(f.field)}`;
  if (f.land.length > 0) conditions.land = sql`c.land_codes && ${textArray(f.land)}`;
  if (f.kreis.length > 0) conditions.kreis = sql`c.kreis_ids && ${uuidArray(f.kreis)}`;
  if (f.legalForm.length > 0) conditions.legalForm = sql`c.legal_form = any(${textArray(f.legalForm)})`;
  if (f.status.length > 0) conditions.status = sql`c.status = any(${textArray(f.status)})`;
  if (f.transferable !== null) conditions.transferable = sql`c.transferable = ${f.transferable}`;
  if (f.startFrom !== null || f.startTo !== null) {
    conditions.startYear = sql`c.start_year between ${f.startFrom ?? 0}::int and ${f.startTo ?? 9999}::int`;
  }
  if (f.partner.length > 0) {
    conditions.partner = sql`exists (select 1 from cooperation_partners cp
      where cp.cooperation_id = c.id and cp.organisation_id = any(${uuidArray(f.partner)}))`;
  }
  return conditions;
}

/** All conditions together (undefined when there are none). */
export function allFilters(conditions: Partial<Record<FilterKey, SQL>>): SQL | undefined {
  const list = Object.values(conditions);
  return list.length > 0 ? sql.join(list, sql` and `) : undefined;
}
