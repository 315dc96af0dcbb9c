import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { compileStatement, runStatement } from '../../../../platform/db/named-statements.ts';
import { arrayLiteral } from '../../../../platform/db/sql-arrays.ts';
import { changesSince, indexGeneration } from '../index-generation.ts';
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
  /** Microseconds since 1970 (exact in a double), null if never published. */
  publishedAt: number | null;
  /** The map point as the answer holds it (JSON text), or null without a location. */
  point: string | null;
}

type Interned = Record<FacetKey, { values: string[]; of(value: string): number }>;

export interface PublishedTable {
  byId: Map<string, PublishedRecord>;
  values: Record<FacetKey, string[]>;
  /** The Kreise by ID: the name (the facet's order) and the label it shows ("Stadt Flensburg" for a kreisfreie Stadt). */
  kreise: Map<string, { name: string; label: string }>;
  /** The records newest published first (then ID, descending, as PostgreSQL orders UUIDs): a search's order without words. */
  newest: PublishedRecord[];
  /** Latest start year first (none last), then as `newest`. */
  latestStart: PublishedRecord[];
  /** Shared by the tables loaded from this one: value indexes stay the same, and the lists only grow. */
  interned: Interned;
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
  publishedAt: number | null,
  point: string | null,
];

/**
 * The published records (all, or those of the IDs given) as one JSON text, which Node parses far
 * faster than thousands of rows, with the names of their Kreise.
 */
function tableStatement(some: boolean) {
  const which = some
    ? sql`c.state = 'published' and c.id = any(${sql.placeholder('ids')}::uuid[])`
    : sql`c.state = 'published'`;
  return compileStatement(sql`
    with chosen as (select * from cooperations c where ${which})
    select coalesce(json_agg(json_build_array(c.id, c.sector, c.legal_form, c.status, c.transferable, c.start_year,
        c.fields, c.land_codes, c.kreis_ids,
        array(select cp.organisation_id from cooperation_partners cp where cp.cooperation_id = c.id),
        (extract(epoch from c.published_at) * 1000000)::bigint,
        c.search_point)), '[]'::json) as records,
      (select coalesce(json_object_agg(o.id, json_build_array(o.name,
          case when o.type = 'kreisfreie-stadt' then 'Stadt ' || o.name else o.name end)), '{}'::json)
        from organisations o where o.id in (select distinct k from chosen p cross join unnest(p.kreis_ids) k)
      ) as kreise
    from chosen c`);
}

const ALL = tableStatement(false);
const SOME = tableStatement(true);

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

async function rowsOf(tx: Tx, ids: readonly string[] | null) {
  const [row] = await runStatement<{ records: Row[] | string; kreise: Record<string, [string, string]> | string }>(
    tx,
    ids === null ? ALL : SOME,
    ids === null ? {} : { ids: arrayLiteral(ids) },
  );
  return { rows: parsed(row?.records ?? '[]'), kreise: parsed(row?.kreise ?? '{}') };
}

function recordOf(interned: Interned, row: Row): PublishedRecord {
  const [
    id,
    sector,
    legalForm,
    status,
    transferable,
    startYear,
    fields,
    lands,
    kreisIds,
    partners,
    publishedAt,
    point,
  ] = row;
  return {
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
    publishedAt,
    point,
  };
}

const descendingNullsLast = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;

function newestFirst(a: PublishedRecord, b: PublishedRecord): number {
  return descendingNullsLast(a.publishedAt, b.publishedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function tableOf(
  interned: Interned,
  byId: Map<string, PublishedRecord>,
  kreise: Map<string, { name: string; label: string }>,
): PublishedTable {
  const newest = [...byId.values()].sort(newestFirst);
  // The sort is stable: equal start years keep the newest-first order.
  const latestStart = [...newest].sort((a, b) => descendingNullsLast(a.startYear, b.startYear));
  const values = Object.fromEntries(Object.entries(interned).map(([facet, i]) => [facet, i.values]));
  return { byId, values: values as Record<FacetKey, string[]>, kreise, newest, latestStart, interned };
}

const kreiseOf = (names: Record<string, [string, string]>) =>
  Object.entries(names).map(([id, [name, label]]) => [id, { name, label }] as const);

export async function loadPublishedTable(tx: Tx): Promise<PublishedTable> {
  const { rows, kreise } = await rowsOf(tx, null);
  const interned = Object.fromEntries(
    [...SINGLE_FACETS, ...LIST_FACETS].map((facet) => [facet, interner()]),
  ) as Interned;
  const byId = new Map(rows.map((row) => [row[0], recordOf(interned, row)]));
  return tableOf(interned, byId, new Map(kreiseOf(kreise)));
}

/** The table with the records `ids` read again: changed, newly published, or gone (unpublished, deleted). */
export async function renewPublishedTable(tx: Tx, table: PublishedTable, ids: Set<string>): Promise<PublishedTable> {
  if (ids.size === 0) return table;
  const { rows, kreise } = await rowsOf(tx, [...ids]);
  const byId = new Map(table.byId);
  for (const id of ids) byId.delete(id);
  for (const row of rows) byId.set(row[0], recordOf(table.interned, row));
  return tableOf(table.interned, byId, new Map([...table.kreise, ...kreiseOf(kreise)]));
}

// json arrives parsed from node-postgres and as text from PGlite's named statements, depending on the driver.
function parsed<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** Changes that many records or more are read by loading the whole table. */
const RENEW_MAX = 2_000;

const tables = new WeakMap<object, { generation: number; table: Promise<PublishedTable> }>();

/**
 * The table of the database `db` as of the current index generation (index-generation.ts): after an
 * index write it reads again only the records the write named (everything, when that is unknown);
 * searches arriving meanwhile share that read.
 */
export function publishedTable(db: Tx): Promise<PublishedTable> {
  const generation = indexGeneration();
  const held = tables.get(db);
  if (held?.generation === generation) return held.table;
  const changed = held ? changesSince(held.generation) : null;
  const table =
    held && changed !== null && changed.size < RENEW_MAX
      ? held.table.then((old) => renewPublishedTable(db, old, changed))
      : loadPublishedTable(db);
  tables.set(db, { generation, table });
  // A failed read is not kept: the next search loads the table whole.
  table.catch(() => {
    if (tables.get(db)?.table === table) tables.delete(db);
  });
  return table;
}
