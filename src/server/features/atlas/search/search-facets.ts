import { type SQL, sql } from 'drizzle-orm';
import { SECTOR_CODES } from '../../../../shared/atlas/cofog.ts';
import { LEGAL_FORM_CODES } from '../../../../shared/atlas/legal-forms.ts';
import { PROJECT_STATUS_CODES } from '../../../../shared/atlas/states.ts';
import type { FacetBucket } from '../../../../shared/contracts/atlas.ts';
import type { FilterKey } from './search-filters.ts';

/**
 * Facet counts over the `base` rows of a search (see search-query.ts). The single-valued facets with
 * a code list are counted in one pass, a filtered count per value ("count(*) filter (where …)"),
 * instead of a scan and grouping each. Array facets (task fields, Länder, Kreise) and start years
 * are grouped: testing every code against an array costs more per row than unnesting it once.
 */

export type CodedFacet = 'sector' | 'legalForm' | 'status' | 'transferable';

const CODED: Record<CodedFacet, { values: readonly string[]; test: (value: string) => SQL }> = {
  sector: { values: SECTOR_CODES, test: (v) => sql`c.sector = ${v}` },
  legalForm: { values: LEGAL_FORM_CODES, test: (v) => sql`c.legal_form = ${v}` },
  status: { values: PROJECT_STATUS_CODES, test: (v) => sql`c.status = ${v}` },
  transferable: { values: ['true', 'false'], test: (v) => sql`c.transferable = ${v === 'true'}` },
};

/** Kreise are many; the facet lists the busiest (and every selected one). */
const KREIS_FACET_MAX = 100;

/** Rows passing every filter but the one named (all filters without an argument). */
export type Passing = (except?: FilterKey) => SQL;

/** The select list of the one-pass count: `count(*) filter (where …) as "sector:01"`, … */
export function codedCounts(passing: Passing): SQL {
  const columns: SQL[] = [];
  for (const [facet, { values, test }] of Object.entries(CODED) as [CodedFacet, (typeof CODED)[CodedFacet]][]) {
    const others = passing(facet);
    for (const value of values) {
      columns.push(
        sql`count(*) filter (where ${others} and ${test(value)})::int as ${sql.identifier(`${facet}:${value}`)}`,
      );
    }
  }
  return sql.join(columns, sql`, `);
}

/** The buckets of the coded facets from that pass's row, values with no record left out, most first. */
export function codedBuckets(counts: Record<string, number>): Record<CodedFacet, FacetBucket[]> {
  const facets = Object.fromEntries(Object.keys(CODED).map((f) => [f, [] as FacetBucket[]])) as Record<
    CodedFacet,
    FacetBucket[]
  >;
  for (const [column, count] of Object.entries(counts)) {
    const split = column.indexOf(':');
    const facet = column.slice(0, split) as CodedFacet;
    if (split < 0 || !(facet in CODED) || !count) continue; // total, pointsTotal, empty buckets
    facets[facet].push({ value: column.slice(split + 1), count });
  }
  for (const buckets of Object.values(facets)) {
    buckets.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return facets;
}

export type GroupedFacet = 'field' | 'land' | 'startYear';

const GROUPED: Record<GroupedFacet, { value: SQL; from: SQL }> = {
  field: { value: sql`v`, from: sql`base c cross join unnest(c.fields) v` },
  land: { value: sql`v`, from: sql`base c cross join unnest(c.land_codes) v` },
  startYear: { value: sql`c.start_year::text`, from: sql`base c` },
};

/** A grouped facet as a JSON array of buckets, most first. */
export function groupedFacet(facet: GroupedFacet, passing: Passing): SQL {
  const { value, from } = GROUPED[facet];
  return sql`(select coalesce(json_agg(json_build_object('value', s.v, 'count', s.n) order by s.n desc, s.v), '[]'::json)
    from (select ${value} as v, count(*)::int as n from ${from}
      where ${passing(facet)} and ${value} is not null group by 1) s)`;
}

/** The Kreise facet; `selected` (a uuid[]) are listed whatever their count. */
export function kreisFacet(passing: Passing, selected: SQL): SQL {
  // A kreisfreie Stadt stands here as a Kreis: "Stadt Flensburg" (as kreisLabel in shared/kreis-name.ts).
  return sql`(select coalesce(json_agg(json_build_object('value', k.v, 'label',
      case when o.type = 'kreisfreie-stadt' then 'Stadt ' || o.name else o.name end, 'count', k.n) order by k.n desc, o.name), '[]'::json)
    from (select v::text as v, count(*)::int as n from base c cross join unnest(c.kreis_ids) v
      where ${passing('kreis')} group by v
      order by bool_or(v = any(${selected})) desc, count(*) desc, v limit ${KREIS_FACET_MAX}) k
    join organisations o on o.id = k.v::uuid)`;
}
