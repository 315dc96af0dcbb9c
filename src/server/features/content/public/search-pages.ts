import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../atlas/search/search-index.ts';
import { headlineSourceSql, MARK_END, MARK_START, plainTextSql } from '../../atlas/search/search-text.ts';
import { contentPageHref } from './addresses.ts';
import { organisationSlugOf } from './organisation-slug.ts';

// Published pages found by words, for the search over everything. Pages keep no search vector (the
// schema is fixed), so the vector is made at query time from the shown text of every public page and
// language: title (weight A) and the first TEXT_MAX characters of the text as plain text (B), with the
// `german` configuration. Public as on /inhalte/: the source language published, and every page above
// as well (a recursive walk down the trees); drafts never. Its cost grows with the published text on
// the platform (about TEXT_MAX characters stemmed per page and language and search); see
// docs/architecture.md for the measurement.

/** Characters of a text that are searched and that the snippet is taken from. */
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

interface Row {
  total: number;
  hits:
    | {
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
      }[]
    | string;
}

/** The best matches of a `to_tsquery('german', …)` text among published pages, and how many there are. */
export async function searchPublishedPages(
  tx: Tx,
  tsquery: string,
  limit: number,
): Promise<{ total: number; hits: ContentMatch[] }> {
  const order = sql`rank desc, title, page_id, language`;
  const result = await tx.execute(sql`
    with recursive q as materialized (select to_tsquery('german', ${tsquery}) as q),
    published as (
      select p.id, p.organisation_id, array[p.slug] as path from content_pages p
      where p.parent_id is null and exists (select 1 from content_versions s
        where s.page_id = p.id and s.language = p.source_language and not s.draft)
      union all
      select c.id, c.organisation_id, pp.path || c.slug from content_pages c join published pp on c.parent_id = pp.id
      where exists (select 1 from content_versions s
        where s.page_id = c.id and s.language = c.source_language and not s.draft)
    ),
    shown as (
      select distinct on (v.page_id, v.language) v.page_id, v.language, v.title, left(v.body_html, ${TEXT_MAX}) as body
      from content_versions v join published p on p.id = v.page_id
      where not v.draft
      order by v.page_id, v.language, v.number desc
    ),
    matched as materialized (
      select s.page_id, s.language, s.title, s.body, ts_rank(d.doc, q.q) as rank
      from shown s cross join q
      cross join lateral (select setweight(to_tsvector('german', s.title), 'A') ||
        setweight(to_tsvector('german', ${plainTextSql(sql`s.body`)}), 'B') as doc) d
      where d.doc @@ q.q
    ),
    page as (select *, row_number() over (order by ${order}) as ord from matched order by ${order} limit ${limit})
    select (select count(*)::int from matched) as total,
      coalesce((select json_agg(h order by h.ord) from (
        select m.ord, m.page_id as "pageId", m.language, m.title, p.path,
          o.id as "organisationId", o.name as "organisationName", o.search_name as "searchName", o.ags,
          (select count(*)::int from organisations n where n.search_name = o.search_name) as namesakes,
          ts_headline('german', ${headlineSourceSql(sql`m.title`)}, q.q, ${HEADLINE_TITLE}) as "titleHeadline",
          ts_headline('german', ${headlineSourceSql(plainTextSql(sql`m.body`))}, q.q, ${HEADLINE_SNIPPET}) as "snippetHeadline"
        from page m join published p on p.id = m.page_id join organisations o on o.id = p.organisation_id
        cross join q) h), '[]'::json) as hits`);
  const row = rowsOf<Row>(result)[0];
  const hits = row ? (typeof row.hits === 'string' ? JSON.parse(row.hits) : row.hits) : [];
  return {
    total: Number(row?.total ?? 0),
    hits: (hits as Exclude<Row['hits'], string>).map((hit) => ({
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
