import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { headlineSourceSql, highlightHtml, MARK_END, MARK_START } from '../atlas/search/search-text.ts';
import { readableCommunitySql } from '../network/community-standing.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';

const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;
/** Characters of a question's and its best answer's text the snippet is taken from. */
const SNIPPET_SOURCE_MAX = 20_000;

interface Row {
  id: string;
  title: string;
  communityName: string | null;
  lastActivityAt: string;
  total: number | string;
  titleHeadline: string;
  snippetHeadline: string | null;
}

/**
 * Published questions of the network in the areas the person may read (network/community-standing.ts
 * `readableCommunitySql`: the platform-wide questions, open communities, communities they are a member
 * of), by title and text with the German query with compound parts and prefixes; a published answer's
 * text may lift its question too (ranked below a match of the question itself). Pending and hidden
 * posts are never found. A hit opens the question.
 */
export async function searchQuestionsGroup(
  tx: Tx,
  query: GermanQuery,
  personId: string,
  limit: number,
): Promise<GroupResult> {
  if (query.prefixed === null) return NO_HITS;
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      with q as (select to_tsquery('german', ${query.prefixed}) as query),
      lifted as (
        select distinct on (a.question_id) a.question_id, a.body, ts_rank(a.search_vector, q.query) as rank
        from answers a cross join q
        where a.state = 'published' and a.search_vector @@ q.query
        order by a.question_id, ts_rank(a.search_vector, q.query) desc
      ),
      hits as (
        select x.id, x.title, x.body, x.community_id, x.last_activity_at, l.body as answer_body,
          case when x.search_vector @@ q.query then ts_rank(x.search_vector, q.query) + 1 else 0 end
            + coalesce(l.rank, 0) as rank
        from questions x cross join q
        left join lifted l on l.question_id = x.id
        where x.state = 'published'
          and (x.search_vector @@ q.query or l.question_id is not null)
          and ${readableCommunitySql(sql`x.community_id`, personId)}
      ),
      counted as (select *, count(*) over () as total from hits),
      best as (select * from counted order by rank desc, last_activity_at desc, id limit ${limit})
      select b.id, b.title, c.name as "communityName", b.last_activity_at as "lastActivityAt", b.total,
        ts_headline('german', ${headlineSourceSql(sql`b.title`)}, q.query, ${HEADLINE_TITLE}) as "titleHeadline",
        ts_headline('german', ${headlineSourceSql(sql`left(b.body || E'\n' || coalesce(b.answer_body, ''), ${SNIPPET_SOURCE_MAX})`)},
          q.query, ${HEADLINE_SNIPPET}) as "snippetHeadline"
      from best b cross join q
      left join communities c on c.id = b.community_id
      order by b.rank desc, b.last_activity_at desc, b.id`),
  );
  const total = Number(rows[0]?.total ?? 0);
  return {
    total: Math.min(total, COUNT_MAX),
    capped: total > COUNT_MAX,
    hits: rows.map(
      (row): UnifiedHit => ({
        id: row.id,
        href: `/network/questions/${row.id}`,
        title: row.title,
        titleHtml: highlightHtml(row.titleHeadline),
        snippetHtml: highlightHtml(row.snippetHeadline ?? ''),
        names: row.communityName ? [row.communityName] : [],
        createdAt: new Date(row.lastActivityAt).toISOString(),
      }),
    ),
  };
}
