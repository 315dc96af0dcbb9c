import { and, asc, eq, gte, inArray, isNull, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import type { OrganisationType } from '../../../../shared/organisation-types.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { organisations } from '../tables.ts';

export interface DirectorySearch {
  /** The query folded by searchNameOf, or AGS/ARS digits. */
  text: string;
  /** The query without a leading "Landkreis", "Stadt" …, or null when it has none. */
  withoutLeadingWord: string | null;
  /** Types named in the query's leading word, ranked first among equal matches. */
  preferredTypes: OrganisationType[];
  landCodes: string[];
  types: string[];
  kreisId: string | undefined;
  limit: number;
  offset: number;
}

export type SearchRow = Omit<OrganisationSummary, 'landName'> & { total: number };

const o = organisations;

// The words a Kreis' full name starts with, as search_name folds them.
const KREIS_WORDS = ['landkreis', 'kreis'];

// Trigram matching needs three characters to say anything; shorter queries match by prefix only.
const FUZZY_MIN_LENGTH = 3;
const PROBE_LENGTH = 8;

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
  // A dissolved Gemeinde is no one's new home: its page stays, the search offers its successor.
  const conditions: SQL[] = [isNull(o.dissolvedAt)];
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
function matching(search: DirectorySearch): { where: SQL | undefined; rank: SQL; score: SQL } {
  if (search.text === '') return { where: undefined, rank: sql`0`, score: sql`0` };

  if (/^\d+$/.test(search.text)) {
    const upper = digitsUpperBound(search.text);
    const agsRange = and(gte(o.ags, search.text), upper ? lt(o.ags, upper) : undefined);
    // An AGS and an ARS share their first five digits; longer digit strings may be an ARS prefix
    // (e.g. a Gemeindeverband's nine digits).
    const where = search.text.length > 5 ? or(agsRange, like(o.ars, prefix(search.text))) : agsRange;
    return { where, rank: sql`0`, score: sql`0` };
  }

  // "Landkreis Harburg": the name may start with the leading word (Markt Erlbach, Stadt Wehlen) or
  // not (Harburg); typos are looked for in the rest only.
  const core = search.withoutLeadingWord ?? search.text;
  const terms = search.withoutLeadingWord ? [search.text, search.withoutLeadingWord] : [search.text];
  const anyOf = (list: SQL[]) => sql.join(list, sql` or `);
  const exact = anyOf(terms.map((term) => sql`${o.searchName} = ${term}`));
  // Kreise carry their kind in front ("Landkreis München"): "München" names the Landkreis exactly too,
  // right after the city of that name.
  const kreisExact = anyOf(KREIS_WORDS.map((word) => sql`${o.searchName} = ${`${word} ${core}`}`));
  const starts = terms.map((term) => like(o.searchName, prefix(term)));
  const probe = trigramProbe(core);
  if (probe.length < FUZZY_MIN_LENGTH) {
    return { where: or(...starts), rank: sql`case when ${exact} then 0 else 1 end`, score: sql`0` };
  }
  const word = `% ${prefix(core)}`;
  const rank = sql`case when ${exact} then 0 when ${kreisExact} then 1 when ${anyOf(starts)} then 2 when ${o.searchName} like ${word} then 3 else 4 end`;
  const score = sql`greatest(similarity(${o.searchName}, ${core}), word_similarity(${core}, ${o.searchName}))`;
  // Candidates come from the GIN index: similarity ≥ 0.3 (whole name, typos) or word_similarity ≥ 0.6
  // (a part of the name, so words inside it are found too), pg_trgm's default thresholds. A longer
  // query is checked against its probe first and then, on the few candidates, against itself with
  // the same thresholds (as functions, which the planner cannot mistake for index conditions).
  let fuzzy = sql`(${o.searchName} % ${probe} or ${probe} <% ${o.searchName})`;
  if (probe !== core) {
    fuzzy = sql`(${fuzzy} and (similarity(${o.searchName}, ${core}) >= 0.3 or word_similarity(${core}, ${o.searchName}) >= 0.6))`;
  }
  return { where: or(...starts, fuzzy), rank, score };
}

/**
 * The part of the query the trigram index is asked about: its longest word, cut to a few characters.
 * The planner's cost estimate for a GIN trigram search grows with the number of trigrams; beyond
 * about ten it prefers computing similarity for every row (50–100 ms) over the index (under 1 ms).
 */
export function trigramProbe(core: string): string {
  const longest = core.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.slice(0, PROBE_LENGTH);
}

/** The statement behind searchOrganisations (exposed so a test can EXPLAIN it). */
export function searchStatement(tx: Tx, search: DirectorySearch) {
  const { where, rank, score } = matching(search);
  const preferred =
    search.preferredTypes.length > 0
      ? sql`case when ${inArray(o.type, search.preferredTypes)} then 0 else 1 end`
      : undefined;
  const order =
    search.text === ''
      ? []
      : /^\d+$/.test(search.text)
        ? [asc(o.ags)]
        : [
            asc(rank),
            ...(preferred ? [asc(preferred)] : []),
            sql`case when ${rank} = 4 then ${score} end desc nulls last`,
          ];
  return tx
    .select({
      id: o.id,
      name: o.name,
      type: o.type,
      ags: o.ags,
      ars: o.ars,
      landCode: o.landCode,
      // A subquery in the select list is evaluated after the limit, for the page's rows only.
      kreisName: sql<string | null>`(select k.name from organisations k where k.id = organisations.kreis_id)`,
      latitude: o.latitude,
      longitude: o.longitude,
      total: sql<number>`count(*) over ()`,
    })
    .from(o)
    .where(and(where, ...filters(search)))
    .orderBy(...order, asc(o.searchName), asc(o.name), asc(o.id))
    .limit(search.limit)
    .offset(search.offset);
}

/** One page of directory search results with the total number of matches. */
export async function searchOrganisations(tx: Tx, search: DirectorySearch): Promise<SearchRow[]> {
  const rows = await searchStatement(tx, search);
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
