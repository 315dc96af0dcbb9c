import { type SQL, sql } from 'drizzle-orm';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import type { FacetBucket } from '../../../../shared/contracts/atlas.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { type CompiledStatement, compileStatement, runStatement } from '../../../platform/db/named-statements.ts';
import { arrayLiteral } from '../../../platform/db/sql-arrays.ts';
import { codedBuckets, codedCounts, groupedFacet, kreisFacet } from './search-facets.ts';
import { type FacetKey, type FilterKey, filterKeysOf, filterPlaceholders, filterValues } from './search-filters.ts';
import type { AtlasSearch, SortOrder } from './search-params.ts';
import { headlineSourceSql, MARK_END, MARK_START, plainTextSql } from './search-text.ts';
import type { AnalysedQuery } from './search-words.ts';

/**
 * The atlas search as one statement: `base` holds the published records matching the words that fail
 * at most one filter, with a flag per filter; each facet counts the rows passing every filter but
 * its own (search-facets.ts); the matches themselves give the total, the map points (the first
 * ATLAS_LIMITS.mapPointsMax in list order, joined from their stored JSON) and the page, whose titles
 * and snippets are highlighted by ts_headline. Without words, `base` comes from the narrow partial
 * index cooperations_published_search instead of the wide rows.
 *
 * The statement's text depends only on its shape (words or none, the sort, which filters are set);
 * each shape is compiled once and sent as a named prepared statement (platform/db/named-statements.ts),
 * with the words, filter values and paging as parameters.
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
  facets: Record<Exclude<FacetKey, 'kreis'>, FacetBucket[]> & {
    kreis: { value: string; label: string; count: number }[];
  };
}

/** Headlines read the start of long sections only: ts_headline parses all the text it gets. */
const SNIPPET_SOURCE_MAX = 4000;
const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** What decides the statement's text; everything else is a parameter. */
interface SearchShape {
  hasWords: boolean;
  sort: SortOrder;
  keys: FilterKey[];
}

/** ORDER BY of the matches, on base columns. */
function orderOf(sort: SortOrder, hasWords: boolean): SQL {
  if (sort === 'start') return sql`start_year desc nulls last, published_at desc nulls last, id desc`;
  if (sort === 'relevance' && hasWords) {
    // Records matching every word as a whole word come before those found through compound parts only.
    return sql`whole desc, rank desc, published_at desc nulls last, id desc`;
  }
  return sql`published_at desc nulls last, id desc`;
}

function flagName(key: FilterKey) {
  return sql.identifier(`f_${key}`);
}

const placeholder = (name: string) => sql`${sql.placeholder(name)}`;

function shapeStatement({ hasWords, sort, keys }: SearchShape): SQL {
  const conditions = filterPlaceholders(keys);
  const ranked = hasWords && sort === 'relevance';
  const order = orderOf(sort, hasWords);

  const flags = keys.map((k) => sql`, (${conditions[k]}) as ${flagName(k)}`);
  const where: SQL[] = [sql`c.state = 'published'`];
  if (hasWords) where.push(sql`c.search_vector @@ to_tsquery('german', ${placeholder('expanded')})`);
  // A row failing two filters counts in no facet; only with one filter or none may it be kept.
  if (keys.length >= 2) {
    where.push(
      sql`(${sql.join(
        keys.map((k) => sql`(${conditions[k]})::int`),
        sql` + `,
      )}) >= ${keys.length - 1}`,
    );
  }
  // Rows failing a filter are kept for that filter's facet only: they are never ranked.
  const listedOnly = (value: SQL, otherwise: SQL) =>
    keys.length === 0
      ? value
      : sql`case when ${sql.join(
          keys.map((k) => sql`(${conditions[k]})`),
          sql` and `,
        )} then ${value} else ${otherwise} end`;
  const passing = (except?: FilterKey) => {
    const list = keys.filter((k) => k !== except).map((k) => sql`${flagName(k)}`);
    return list.length > 0 ? sql.join(list, sql` and `) : sql`true`;
  };

  const headlines = hasWords
    ? sql`ts_headline('german', ${headlineSourceSql(sql`c.title`)}, q.headline, ${HEADLINE_TITLE}) as "titleHeadline",
        ts_headline('german',
          ${headlineSourceSql(sql`left(concat_ws(' ', c.summary, ${plainTextSql(sql`c.description`)}), ${SNIPPET_SOURCE_MAX})`)},
          q.headline, ${HEADLINE_SNIPPET}) as "snippetHeadline"`
    : sql`null as "titleHeadline", null as "snippetHeadline"`;
  const queries = hasWords
    ? sql`(select to_tsquery('german', ${placeholder('expanded')}) as expanded, to_tsquery('german', ${placeholder('whole')}) as whole,
        to_tsquery('german', ${placeholder('headline')}) as headline) q`
    : sql`(select null::tsquery as expanded, null::tsquery as whole, null::tsquery as headline) q`;

  return sql`
    with base as materialized (
      select c.id, c.sector, c.fields, c.land_codes, c.kreis_ids, c.legal_form, c.status,
        c.transferable, c.start_year, c.search_point, c.published_at,
        ${ranked ? listedOnly(sql`ts_rank(c.search_vector, q.expanded)`, sql`0::real`) : sql`0::real`} as rank,
        ${ranked ? listedOnly(sql`c.search_vector @@ q.whole`, sql`false`) : sql`true`} as whole
        ${sql.join(flags, sql``)}
      from cooperations c cross join ${queries}
      where ${sql.join(where, sql` and `)}
    ),
    matched as not materialized (select * from base where ${passing()}),
    page as (
      select id, row_number() over (order by ${order}) as ord
      from matched order by ${order} limit ${placeholder('limit')} offset ${placeholder('offset')}
    ),
    counts as (
      select count(*) filter (where ${passing()})::int as total,
        count(c.search_point) filter (where ${passing()})::int as "pointsTotal",
        ${codedCounts(passing)}
      from base c
    )
    select '[' || coalesce((select string_agg(p.search_point, ',' order by p.ord) from (
        select search_point, row_number() over (order by ${order}) as ord
        from matched where search_point is not null
        order by ${order} limit ${ATLAS_LIMITS.mapPointsMax}) p), '') || ']' as points,
      (select row_to_json(k) from counts k) as counts,
      json_build_object(
      'field', ${groupedFacet('field', passing)},
      'land', ${groupedFacet('land', passing)},
      'startYear', ${groupedFacet('startYear', passing)},
      'kreis', ${kreisFacet(passing, sql`${placeholder('kreisSelected')}::uuid[]`)},
      'hits', (select coalesce(json_agg(h order by h.ord), '[]'::json) from (
        select p.ord, c.id, c.slug, c.title, c.summary, c.sector, c.fields, c.legal_form as "legalForm",
          c.status, c.state, c.start_year as "startYear", c.land_codes as "landCodes", c.transferable, c.synthetic,
          array(select o.name from cooperation_partners cp join organisations o on o.id = cp.organisation_id
            where cp.cooperation_id = c.id order by cp.position, o.name) as "partnerNames",
          ${headlines}
        from page p join cooperations c on c.id = p.id cross join ${queries}) h)
    ) as result`;
}

/**
 * Shapes seen so far, compiled. Each named one stays prepared on every connection that ran it, so
 * only the first NAMED_SHAPES_MAX are named (a few dozen are in real use; a client trying every
 * combination of filters would otherwise fill the database's memory); the rest run unnamed.
 */
const NAMED_SHAPES_MAX = 64;
const SHAPES_MAX = 1_024;
const compiled = new Map<string, CompiledStatement>();

function shapeOf(search: AtlasSearch, words: AnalysedQuery): SearchShape {
  return { hasWords: words.expanded !== null, sort: search.sort, keys: filterKeysOf(search.filters) };
}

function compiledFor(shape: SearchShape): CompiledStatement {
  const key = `${shape.hasWords ? 'words' : 'none'}:${shape.sort}:${shape.keys.join(',')}`;
  let statement = compiled.get(key);
  if (!statement) {
    statement = compileStatement(shapeStatement(shape), compiled.size < NAMED_SHAPES_MAX);
    if (compiled.size < SHAPES_MAX) compiled.set(key, statement);
  }
  return statement;
}

function valuesOf(search: AtlasSearch, words: AnalysedQuery): Record<string, unknown> {
  return {
    ...filterValues(search.filters),
    expanded: words.expanded,
    whole: words.whole,
    headline: words.headline,
    limit: search.limit,
    offset: search.offset,
    kreisSelected: arrayLiteral(search.filters.kreis),
  };
}

/** The statement behind runSearch, with its values (exposed so a benchmark or test can EXPLAIN it). */
export function searchStatement(
  search: AtlasSearch,
  words: AnalysedQuery,
): { statement: CompiledStatement; values: Record<string, unknown> } {
  return { statement: compiledFor(shapeOf(search, words)), values: valuesOf(search, words) };
}

interface ResultRow {
  points: string;
  counts: ({ total: number; pointsTotal: number } & Record<string, number>) | string;
  result: Pick<RawResult, 'hits'> & Pick<RawResult['facets'], 'field' | 'land' | 'startYear' | 'kreis'>;
}

export async function runSearch(tx: Tx, search: AtlasSearch, words: AnalysedQuery): Promise<RawResult> {
  const { statement, values } = searchStatement(search, words);
  const row = (await runStatement<ResultRow>(tx, statement, values))[0];
  if (!row) throw new Error('atlas search returned no row');
  const counts = parsed(row.counts);
  const result = parsed(row.result);
  return {
    total: counts.total,
    hits: result.hits,
    pointsJson: row.points,
    pointsTotal: counts.pointsTotal,
    facets: {
      ...codedBuckets(counts),
      field: result.field,
      land: result.land,
      startYear: result.startYear,
      kreis: result.kreis,
    },
  };
}

// json and jsonb may arrive as text or parsed, depending on the driver.
function parsed<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
