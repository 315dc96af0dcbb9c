import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { headlineSourceSql, MARK_END, MARK_START, plainTextSql } from '../../atlas/search/search-text.ts';
import { contentPageHref } from './addresses.ts';
import { organisationSlugOf } from './organisation-slug.ts';

// Published pages found by words, for the search over everything. Each version keeps its search
// vector (content_versions.search_vector, kept by the database: title A, text B, `german`
// configuration), so the GIN index finds the matching versions, and only those are looked at: a
// version counts where a page shows it (its page's newest published version in the language, or for
// a live link the source's, the pinned one while a change waits), and the `checkMax` best of those
// are walked up their trees, since a page is public only when every page above it is published too.
// With more than `checkMax`, the answer says the count is capped. Drafts are never found. A word every
// source page holds may be shown by tens of thousands of linked pages: they are taken in the order
// of their versions' rank, and only as many as can be counted (`linked` stops after checkMax + 1).
// The walk up the trees looks each page up by its key (`offset 0` keeps the planner from hashing the
// whole table for a few hundred rows).

/** Characters of a text that the snippet is taken from (the vector covers as many). */
const TEXT_MAX = 20_000;
const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=24, MinWords=10, MaxFragments=1, StartSel=${MARK_START}, StopSel=${MARK_END}`;
export interface ContentMatch {
  pageId: string;
  language: string;
  href: string;
  title: string;
  organisationName: string;
  /** ts_headline output: plain text with the marker characters around matched words. */
  titleHeadline: string;
  snippetHeadline: string;
}

interface Hit {
  pageId: string;
  language: string;
  title: string;
  path: string[];
  organisationId: string;
  organisationName: string;
  searchName: string;
  ags: string | null;
  namesakes: number;
  titleHeadline: string;
  snippetHeadline: string;
}

interface Row {
  total: number;
  capped: boolean;
  hits: Hit[] | string;
}

/**
 * The best matches of a `to_tsquery('german', …)` text among published pages, and how many there
 * are (at least, when `capped`: more texts could match than `checkMax`).
 */
export async function searchPublishedPages(
  tx: Tx,
  tsquery: string,
  limit: number,
  checkMax: number,
): Promise<{ total: number; capped: boolean; hits: ContentMatch[] }> {
  const order = sql`rank desc, created_at desc, page_id, language`;
  const textPageOf = (p: SQL) =>
    sql`case when ${p}.adoption_mode = 'link' and ${p}.adopted_from_page_id is not null then ${p}.adopted_from_page_id else ${p}.id end`;
  const published = (p: SQL) => sql`exists (select 1 from content_versions s
    where s.page_id = ${textPageOf(p)} and s.language = ${p}.source_language and not s.draft)`;
  const result = await tx.execute(sql`
    with recursive q as materialized (select to_tsquery('german', ${tsquery}) as q),
    hits as materialized (
      select v.id, v.page_id, v.language, v.number, v.created_at, ts_rank(v.search_vector, q.q) as rank,
        v.number = (select max(s.number) from content_versions s
          where s.page_id = v.page_id and s.language = v.language and not s.draft) as newest
      from content_versions v cross join q
      where v.search_vector @@ q.q and not v.draft
    ),
    own as (
      select p.id as page_id, h.id as version_id, h.language, h.rank, h.created_at
      from hits h join content_pages p on p.id = h.page_id
      where h.newest and not (p.adoption_mode = 'link' and p.adopted_from_page_id is not null)
      order by ${order} limit ${checkMax + 1}
    ),
    linked as (
      select l.id as page_id, h.id as version_id, h.language, h.rank, h.created_at
      from (select * from hits order by rank desc, created_at desc, id) h
      cross join lateral (
        select p.id from content_pages p
        left join content_link_pins pin on pin.page_id = p.id and pin.language = h.language
        where p.adopted_from_page_id = h.page_id and p.adoption_mode = 'link'
          and ((pin.number is null and h.newest) or pin.number = h.number)
        order by p.id
      ) l
      limit ${checkMax + 1}
    ),
    candidates as materialized (
      select * from (select * from own union all select * from linked) s order by ${order} limit ${checkMax + 1}
    ),
    best as materialized (select * from candidates order by ${order} limit ${checkMax}),
    chain as (
      select p.id as start_id, p.parent_id, array[p.slug]::text[] as path, ${published(sql`p`)} as ok
      from (select distinct page_id from best) b
      cross join lateral (select * from content_pages x where x.id = b.page_id offset 0) p
      union all
      select c.start_id, p.parent_id, p.slug || c.path, ${published(sql`p`)}
      from chain c cross join lateral (select * from content_pages x where x.id = c.parent_id offset 0) p
    ),
    public_pages as (
      select c.start_id as id, c.path from chain c
      where c.parent_id is null and c.start_id in (select start_id from chain group by start_id having bool_and(ok))
    ),
    matched as materialized (select b.* from best b where b.page_id in (select id from public_pages)),
    page as (select *, row_number() over (order by ${order}) as ord from matched order by ${order} limit ${limit})
    select (select count(*)::int from matched) as total, (select count(*) > ${checkMax} from candidates) as capped,
      coalesce((select json_agg(h order by h.ord) from (
        select m.ord, m.page_id as "pageId", m.language, v.title, pp.path,
          o.id as "organisationId", o.name as "organisationName", o.search_name as "searchName", o.ags,
          (select count(*)::int from organisations n where n.search_name = o.search_name) as namesakes,
          ts_headline('german', ${headlineSourceSql(sql`v.title`)}, q.q, ${HEADLINE_TITLE}) as "titleHeadline",
          ts_headline('german', ${headlineSourceSql(plainTextSql(sql`left(v.body_html, ${TEXT_MAX})`))}, q.q,
            ${HEADLINE_SNIPPET}) as "snippetHeadline"
        from page m join content_versions v on v.id = m.version_id
        join public_pages pp on pp.id = m.page_id
        join content_pages cp on cp.id = m.page_id join organisations o on o.id = cp.organisation_id
        cross join q) h), '[]'::json) as hits`);
  const row = rowsOf<Row>(result)[0];
  const hits: Hit[] = row ? (typeof row.hits === 'string' ? JSON.parse(row.hits) : row.hits) : [];
  return {
    total: Number(row?.total ?? 0),
    capped: Boolean(row?.capped),
    hits: hits.map((hit) => ({
      pageId: hit.pageId,
      language: hit.language,
      href: contentPageHref(
        organisationSlugOf({ id: hit.organisationId, searchName: hit.searchName, ags: hit.ags }, hit.namesakes),
        hit.language,
        hit.path,
      ),
      title: hit.title,
      organisationName: hit.organisationName,
      titleHeadline: hit.titleHeadline,
      snippetHeadline: hit.snippetHeadline,
    })),
  };
}
