import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { headlineSourceSql, highlightHtml, MARK_END, MARK_START, plainTextSql } from '../atlas/search/search-text.ts';
import { readableCommunitySql } from '../network/community-standing.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';

const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_SOURCE_MAX = 20_000;

interface Row {
  id: string;
  title: string;
  communityName: string | null;
  updatedAt: string;
  total: number | string;
  titleHeadline: string;
  snippetHeadline: string | null;
}

/**
 * Wiki pages of the network that are not deleted, in the wikis the person may read
 * (network/community-standing.ts `readableCommunitySql`: the platform wiki, open communities'
 * wikis, and those of communities they are a member of), by title and text (the page's stored search
 * vector) with the German query with compound parts and prefixes. A hit opens the page.
 */
export async function searchWikiGroup(
  tx: Tx,
  query: GermanQuery,
  personId: string,
  limit: number,
): Promise<GroupResult> {
  if (query.prefixed === null) return NO_HITS;
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      with q as (select to_tsquery('german', ${query.prefixed}) as query),
      hits as (
        select p.id, p.title, p.body_html, p.community_id, p.updated_at, ts_rank(p.search_vector, q.query) as rank
        from wiki_pages p cross join q
        where p.deleted_at is null and p.search_vector @@ q.query
          and ${readableCommunitySql(sql`p.community_id`, personId)}
      ),
      counted as (select *, count(*) over () as total from hits),
      best as (select * from counted order by rank desc, updated_at desc, id limit ${limit})
      select b.id, b.title, c.name as "communityName", b.updated_at as "updatedAt", b.total,
        ts_headline('german', ${headlineSourceSql(sql`b.title`)}, q.query, ${HEADLINE_TITLE}) as "titleHeadline",
        ts_headline('german', ${headlineSourceSql(plainTextSql(sql`left(b.body_html, ${SNIPPET_SOURCE_MAX})`))},
          q.query, ${HEADLINE_SNIPPET}) as "snippetHeadline"
      from best b cross join q
      left join communities c on c.id = b.community_id
      order by b.rank desc, b.updated_at desc, b.id`),
  );
  const total = Number(rows[0]?.total ?? 0);
  return {
    total: Math.min(total, COUNT_MAX),
    capped: total > COUNT_MAX,
    hits: rows.map(
      (row): UnifiedHit => ({
        id: row.id,
        href: `/network/wiki/${row.id}`,
        title: row.title,
        titleHtml: highlightHtml(row.titleHeadline),
        snippetHtml: highlightHtml(row.snippetHeadline ?? ''),
        names: row.communityName ? [row.communityName] : [],
        createdAt: new Date(row.updatedAt).toISOString(),
      }),
    ),
  };
}
