import { and, asc, eq, gte, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrganisationType } from '../../../shared/organisation-types.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisations } from './tables.ts';

export interface DirectorySearch {
  /** The query folded by searchNameOf, or AGS/ARS digits. */
  text: string;
  /** Alternative spellings tried as well (the query without a leading "Landkreis", "Stadt" …). */
  alternatives: string[];
  /** Types named in the query's leading word, ranked first among equal matches. */
  preferredTypes: OrganisationType[];
  landCodes: string[];
  types: string[];
  kreisId: string | undefined;
  limit: number;
  offset: number;
}

export interface SearchRow {
  id: string;
  name: string;
  type: string;
  ags: string | null;
  ars: string | null;
  landCode: string | null;
  kreisName: string | null;
  latitude: number | null;
  longitude: number | null;
  total: number;
}

const o = organisations;
const kreis = alias(organisations, 'kreis');

// Trigram matching needs three characters to say anything; shorter queries match by prefix only.
const FUZZY_MIN_LENGTH = 3;

/** LIKE pattern for a literal prefix. */
function prefix(text: string): string {
  return `${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** The next string after every string with this digit prefix ('0339' → '0340'); null after all-nines. */
function digitsUpperBound(digits: string): string | null {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.slice(0, i + 1).join('');
    }
  }
  return null;
}

function filters(search: DirectorySearch): SQL[] {
  const conditions: SQL[] = [];
  if (search.landCodes.length > 0) conditions.push(inArray(o.landCode, search.landCodes));
  if (search.types.length > 0) conditions.push(inArray(o.type, search.types));
  if (search.kreisId) conditions.push(eq(o.kreisId, search.kreisId));
  return conditions;
}

/**
 * Matching and ranking. Names: exact, then prefix, then a word inside the name starting with the
 * query, then trigram similarity (typos), each tier in name order, similarity tier by score. Every
 * condition can be answered from organisations_search_name_prefix (btree, text_pattern_ops) or
 * organisations_search_name_trgm (GIN); digits use the AGS key's btree as a range.
 */
function matching(search: DirectorySearch): { where: SQL | undefined; rank: SQL<number>; score: SQL<number> } {
  if (search.text === '') return { where: undefined, rank: sql<number>`0`, score: sql<number>`0` };

  if (/^\d+$/.test(search.text)) {
    const upper = digitsUpperBound(search.text);
    const agsRange = and(gte(o.ags, search.text), upper ? lt(o.ags, upper) : undefined);
    // An AGS and an ARS share their first five digits; longer digit strings may be an ARS prefix
    // (e.g. a Gemeindeverband's nine digits).
    const where = search.text.length > 5 ? or(agsRange, like(o.ars, prefix(search.text))) : agsRange;
    return { where, rank: sql<number>`0`, score: sql<number>`0` };
  }

  const terms = [search.text, ...search.alternatives];
  const conditions: SQL[] = [];
  const exact: SQL[] = [];
  const starts: SQL[] = [];
  const words: SQL[] = [];
  for (const term of terms) {
    exact.push(sql`${o.searchName} = ${term}`);
    starts.push(sql`${o.searchName} like ${prefix(term)}`);
    conditions.push(like(o.searchName, prefix(term)));
    if (term.length >= FUZZY_MIN_LENGTH) {
      const word = `% ${prefix(term)}`;
      words.push(sql`${o.searchName} like ${word}`);
      conditions.push(like(o.searchName, word));
      // similarity ≥ 0.3 (whole name) or word_similarity ≥ 0.6 (the query against part of the name),
      // pg_trgm's default thresholds, both answered by the GIN index.
      conditions.push(sql`${o.searchName} % ${term}`, sql`${term} <% ${o.searchName}`);
    }
  }
  const anyOf = (list: SQL[]) => (list.length > 0 ? sql.join(list, sql` or `) : sql`false`);
  const rank = sql<number>`case when ${anyOf(exact)} then 0 when ${anyOf(starts)} then 1 when ${anyOf(words)} then 2 else 3 end`;
  const score =
    search.text.length >= FUZZY_MIN_LENGTH
      ? sql<number>`greatest(similarity(${o.searchName}, ${search.text}), word_similarity(${search.text}, ${o.searchName}))`
      : sql<number>`0`;
  return { where: or(...conditions), rank, score };
}

/** One page of directory search results with the total number of matches. */
export async function searchOrganisations(tx: Tx, search: DirectorySearch): Promise<SearchRow[]> {
  const { where, rank, score } = matching(search);
  const preferred =
    search.preferredTypes.length > 0
      ? sql<number>`case when ${inArray(o.type, search.preferredTypes)} then 0 else 1 end`
      : sql<number>`0`;
  const isDigits = /^\d+$/.test(search.text);
  // The page is chosen first, then the Kreis names are looked up for its rows only.
  const hits = tx
    .select({
      id: o.id,
      rank: rank.as('rank'),
      score: score.as('score'),
      preferred: preferred.as('preferred'),
      total: sql<number>`count(*) over ()`.as('total'),
    })
    .from(o)
    .where(and(where, ...filters(search)))
    .orderBy(
      ...(isDigits
        ? [asc(o.ags)]
        : [asc(sql`rank`), asc(sql`preferred`), sql`case when ${rank} = 3 then ${score} end desc nulls last`]),
      asc(o.searchName),
      asc(o.name),
      asc(o.ags),
      asc(o.id),
    )
    .limit(search.limit)
    .offset(search.offset)
    .as('hits');

  const rows = await tx
    .select({
      id: o.id,
      name: o.name,
      type: o.type,
      ags: o.ags,
      ars: o.ars,
      landCode: o.landCode,
      kreisName: kreis.name,
      latitude: o.latitude,
      longitude: o.longitude,
      total: hits.total,
    })
    .from(hits)
    .innerJoin(o, eq(o.id, hits.id))
    .leftJoin(kreis, eq(kreis.id, o.kreisId))
    .orderBy(
      ...(isDigits ? [asc(o.ags)] : [asc(hits.rank), asc(hits.preferred), sql`case when ${hits.rank} = 3 then ${hits.score} end desc nulls last`]),
      asc(o.searchName),
      asc(o.name),
      asc(o.ags),
      asc(o.id),
    );
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** The number of matches, for a page past the last result (where the window count is not available). */
export async function countOrganisations(tx: Tx, search: DirectorySearch): Promise<number> {
  const { where } = matching(search);
  const rows = await tx
    .select({ n: sql<number>`count(*)` })
    .from(o)
    .where(and(where, ...filters(search)));
  return Number(rows[0]?.n ?? 0);
}
