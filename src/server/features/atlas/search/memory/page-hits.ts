import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { type CompiledStatement, compileStatement, runStatement } from '../../../../platform/db/named-statements.ts';
import { arrayLiteral } from '../../../../platform/db/sql-arrays.ts';
import type { RawHit } from '../search-query.ts';
import { headlineSourceSql, MARK_END, MARK_START, plainTextSql } from '../search-text.ts';
import type { AnalysedQuery } from '../search-words.ts';

/** Headlines read the start of long sections only: ts_headline parses all the text it gets. */
const SNIPPET_SOURCE_MAX = 4000;
const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;

const placeholder = (name: string) => sql`${sql.placeholder(name)}`;

/**
 * The columns of a record's card (`c`, a row of cooperations), with title and snippet highlighted by
 * ts_headline for `q.headline` when there are words (only for records shown: highlighting is dear).
 */
export function cardColumns(withWords: boolean): SQL {
  const headlines = withWords
    ? sql`ts_headline('german', ${headlineSourceSql(sql`c.title`)}, q.headline, ${HEADLINE_TITLE}) as "titleHeadline",
        ts_headline('german',
          ${headlineSourceSql(sql`left(concat_ws(' ', c.summary, ${plainTextSql(sql`c.description`)}), ${SNIPPET_SOURCE_MAX})`)},
          q.headline, ${HEADLINE_SNIPPET}) as "snippetHeadline"`
    : sql`null as "titleHeadline", null as "snippetHeadline"`;
  return sql`c.id, c.slug, c.title, c.summary, c.sector, c.fields, c.legal_form as "legalForm",
    c.status, c.state, c.start_year as "startYear", c.land_codes as "landCodes", c.transferable, c.synthetic,
    array(select o.name from cooperation_partners cp join organisations o on o.id = cp.organisation_id
      where cp.cooperation_id = c.id order by cp.position, o.name) as "partnerNames",
    ${headlines}`;
}

/** The cards of one page of a search, in the order given. */
function statement(withWords: boolean): CompiledStatement {
  const queries = withWords
    ? sql`cross join (select to_tsquery('german', ${placeholder('headline')}) as headline) q`
    : sql``;
  return compileStatement(sql`
    select coalesce(json_agg(h order by h.ord), '[]'::json) as hits from (
      select p.ord, ${cardColumns(withWords)}
      from unnest(${placeholder('ids')}::uuid[]) with ordinality as p(id, ord)
      join cooperations c on c.id = p.id ${queries}
      where c.state = 'published') h`);
}

const WITH_WORDS = statement(true);
const WITHOUT_WORDS = statement(false);

export async function pageHits(tx: Tx, ids: readonly string[], words: AnalysedQuery): Promise<RawHit[]> {
  if (ids.length === 0) return [];
  const withWords = words.headline !== null;
  const [row] = await runStatement<{ hits: (RawHit & { ord: number })[] | string }>(
    tx,
    withWords ? WITH_WORDS : WITHOUT_WORDS,
    {
      ids: arrayLiteral(ids),
      headline: words.headline,
    },
  );
  const hits = row?.hits ?? '[]';
  // `ord` only orders the page.
  return (typeof hits === 'string' ? (JSON.parse(hits) as (RawHit & { ord: number })[]) : hits).map(
    ({ ord: _, ...hit }) => hit,
  );
}
