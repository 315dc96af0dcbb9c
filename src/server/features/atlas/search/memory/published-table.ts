import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { compileStatement, runStatement } from '../../../../platform/db/named-statements.ts';
import { indexGeneration } from '../index-generation.ts';
import type { FacetKey } from '../search-filters.ts';

/**
 * The published records as the search filters, counts and orders them, held in the memory of each
 * process: a search then reads the database only for the records its words match and for the
 * page it shows. Counting every facet over thousands of matches costs PostgreSQL 15–65 ms (the
 * executor handles each row and array element several times); over interned values in typed arrays
 * it takes well under a millisecond.
 *
 * Values are interned per facet: `values[facet][n]` is the value of index n, and each record holds
 * the indexes of its values. Records are kept in the two orders a search without words lists them
 * (newest published first; latest start year first), so such a search never sorts.
 */

/** Facets a record has one value of (or none), and facets it has a list of. */
export const SINGLE_FACETS = ['sector', 'legalForm', 'status', 'transferable', 'startYear'] as const;
export const LIST_FACETS = ['field', 'land', 'kreis'] as const;
export type SingleFacet = (typeof SINGLE_FACETS)[number];
export type ListFacet = (typeof LIST_FACETS)[number];

export interface PublishedRecord {
  id: string;
  /** Per single-valued facet, the index of its value; -1 without one (a record without start year). */
  single: Record<SingleFacet, number>;
  list: Record<ListFacet, number[]>;
  /** The partners' organisation IDs (a filter, no facet). */
  partners: string[];
  startYear: number | null;
  /** The map point as the answer holds it (JSON text), or null without a location. */
  point: string | null;
}

export interface PublishedTable {
  records: PublishedRecord[];
  byId: Map<string, PublishedRecord>;
  values: Record<FacetKey, string[]>;
  /** The Kreise by ID: the name (the facet's order) and the label it shows ("Stadt Flensburg" for a kreisfreie Stadt). */
  kreise: Map<string, { name: string; label: string }>;
  /** The records newest published first (then ID, descending): a search's order without words. */
  newest: PublishedRecord[];
  /** Latest start year first, then as `newest`. */
  latestStart: PublishedRecord[];
}

type Row = [
  id: string,
  sector: string,
  legalForm: string,
  status: string,
  transferable: boolean,
  startYear: number | null,
  fields: string[],
  lands: string[],
  kreise: string[],
  partners: string[],
  point: string | null,
];

/**
 * One row of JSON for the whole table (parsing one text is far cheaper than thousands of rows), in
 * the order "newest": published_at descending, nulls last, then ID descending, as the SQL orders.
 */
const TABLE_STATEMENT = compileStatement(sql`
  select coalesce(json_agg(json_build_array(c.id, c.sector, c.legal_form, c.status, c.transferable, c.start_year,
      c.fields, c.land_codes, c.kreis_ids,
      array(select cp.organisation_id from cooperation_partners cp where cp.cooperation_id = c.id),
      c.search_point)
    order by c.published_at desc nulls last, c.id desc), '[]'::json) as records,
    (select coalesce(json_object_agg(o.id, json_build_array(o.name,
        case when o.type = 'kreisfreie-stadt' then 'Stadt ' || o.name else o.name end)), '{}'::json)
      from organisations o
      where o.id in (select distinct k from cooperations p cross join unnest(p.kreis_ids) k where p.state = 'published')
    ) as kreise
  from cooperations c where c.state = 'published'`);

function interner() {
  const index = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    of(value: string): number {
      let n = index.get(value);
      if (n === undefined) {
        n = values.length;
        values.push(value);
        index.set(value, n);
      }
      return n;
    },
  };
}

export async function loadPublishedTable(tx: Tx): Promise<PublishedTable> {
  const [row] = await runStatement<{ records: Row[] | string; kreise: Record<string, [string, string]> | string }>(
    tx,
    TABLE_STATEMENT,
    {},
  );
  const rows = parsed(row?.records ?? '[]');
  const kreise = parsed(row?.kreise ?? '{}');
  const interned = Object.fromEntries([...SINGLE_FACETS, ...LIST_FACETS].map((facet) => [facet, interner()])) as Record<
    FacetKey,
    ReturnType<typeof interner>
  >;

  const newest = rows.map(
    ([id, sector, legalForm, status, transferable, startYear, fields, lands, kreisIds, partners, point]) => ({
      id,
      single: {
        sector: interned.sector.of(sector),
        legalForm: interned.legalForm.of(legalForm),
        status: interned.status.of(status),
        transferable: interned.transferable.of(String(transferable)),
        startYear: startYear === null ? -1 : interned.startYear.of(String(startYear)),
      },
      list: {
        field: fields.map((v) => interned.field.of(v)),
        land: lands.map((v) => interned.land.of(v)),
        kreis: kreisIds.map((v) => interned.kreis.of(v)),
      },
      partners,
      startYear,
      point,
    }),
  );
  // Array.prototype.sort is stable: equal start years keep the newest-first order; no year comes last.
  const latestStart = [...newest].sort((a, b) =>
    a.startYear === b.startYear ? 0 : a.startYear === null ? 1 : b.startYear === null ? -1 : b.startYear - a.startYear,
  );
  return {
    records: newest,
    byId: new Map(newest.map((r) => [r.id, r])),
    values: Object.fromEntries(Object.entries(interned).map(([facet, i]) => [facet, i.values])) as Record<
      FacetKey,
      string[]
    >,
    kreise: new Map(Object.entries(kreise).map(([id, [name, label]]) => [id, { name, label }])),
    newest,
    latestStart,
  };
}

// json arrives parsed from node-postgres and as text from PGlite's named statements, depending on the driver.
function parsed<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

const tables = new WeakMap<object, { generation: number; table: Promise<PublishedTable> }>();

/**
 * The table of the database `db` as of the current index generation (index-generation.ts), loaded
 * again after any index write; searches arriving while it loads share the load.
 */
export function publishedTable(db: Tx): Promise<PublishedTable> {
  const generation = indexGeneration();
  const held = tables.get(db);
  if (held?.generation === generation) return held.table;
  const table = loadPublishedTable(db);
  tables.set(db, { generation, table });
  // A failed load is not kept: the next search tries again.
  table.catch(() => {
    if (tables.get(db)?.table === table) tables.delete(db);
  });
  return table;
}
