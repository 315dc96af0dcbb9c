import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../atlas/search/search-index.ts';
import { headlineSourceSql, MARK_END, MARK_START, plainTextSql } from '../../atlas/search/search-text.ts';
import { contentPageHref } from './addresses.ts';
import { organisationSlugOf } from './organisation-slug.ts';
import { groupPatterns, holdsAll } from './search-prefilter.ts';

// Published pages found by words, for the search over everything. Pages keep no search vector (the
// schema is fixed), so the vector is made at query time: title (weight A) and the first TEXT_MAX
// characters of the text as plain text (B), `german` configuration. Stemming costs about a
// millisecond per text, so a regular expression over the raw text first keeps only the texts that can
// match (search-prefilter.ts), and at most `checkMax` of those are stemmed and ranked, those whose
// title holds the words first, then the newest; with more, the answer says it is capped. Public as
// on /inhalte/: the source language published, and every page above as well (a recursive walk down
// the trees); drafts never. A live link is found by its source's text as shownTexts resolves it (the
// pinned version while a change waits), not by its own text around it. The cost is in
// docs/architecture.md.

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
  const patterns = await groupPatterns(tx, tsquery);
  const order = sql`rank desc, title, page_id, language`;
  const result = await tx.execute(sql`
    with recursive q as materialized (select to_tsquery('german', ${tsquery}) as q),
    pages as (
      select p.id, p.organisation_id, p.parent_id, p.slug, p.source_language,
        case when p.adoption_mode = 'link' and p.adopted_from_page_id is not null
          then p.adopted_from_page_id else p.id end as text_page_id
      from content_pages p
    ),
    published as (
      select p.id, p.organisation_id, p.text_page_id, array[p.slug] as path from pages p
      where p.parent_id is null and exists (select 1 from content_versions s
        where s.page_id = p.text_page_id and s.language = p.source_language and not s.draft)
      union all
      select c.id, c.organisation_id, c.text_page_id, pp.path || c.slug from pages c join published pp on c.parent_id = pp.id
      where exists (select 1 from content_versions s
        where s.page_id = c.text_page_id and s.language = c.source_language and not s.draft)
    ),
    shown as materialized (
      select distinct on (p.id, v.language) p.id as page_id, v.id
      from published p join content_versions v on v.page_id = p.text_page_id
      left join content_link_pins pin on pin.page_id = p.id and pin.language = v.language
      where not v.draft and (pin.number is null or v.number = pin.number)
      order by p.id, v.language, v.number desc
    ),
    candidates as materialized (
      select s.page_id, v.language, v.title, v.body, ${holdsAll(sql`v.title`, patterns)} as in_title, v.created_at
      from shown s cross join lateral (
        select t.language, t.title, left(t.body_html, ${TEXT_MAX}) as body, t.created_at
        from content_versions t where t.id = s.id
      ) v
      where ${holdsAll(sql`(v.title || ' ' || v.body)`, patterns)}
      order by in_title desc, v.created_at desc
      limit ${checkMax + 1}
    ),
    matched as materialized (
      select c.page_id, c.language, c.title, c.body, ts_rank(d.doc, q.q) as rank
      from (select * from candidates order by in_title desc, created_at desc limit ${checkMax}) c cross join q
      cross join lateral (select setweight(to_tsvector('german', c.title), 'A') ||
        setweight(to_tsvector('german', ${plainTextSql(sql`c.body`)}), 'B') as doc) d
      where d.doc @@ q.q
    ),
    page as (select *, row_number() over (order by ${order}) as ord from matched order by ${order} limit ${limit})
    select (select count(*)::int from matched) as total, (select count(*) > ${checkMax} from candidates) as capped,
      coalesce((select json_agg(h order by h.ord) from (
        select m.ord, m.page_id as "pageId", m.language, m.title, p.path,
          o.id as "organisationId", o.name as "organisationName", o.search_name as "searchName", o.ags,
          (select count(*)::int from organisations n where n.search_name = o.search_name) as namesakes,
          ts_headline('german', ${headlineSourceSql(sql`m.title`)}, q.q, ${HEADLINE_TITLE}) as "titleHeadline",
          ts_headline('german', ${headlineSourceSql(plainTextSql(sql`m.body`))}, q.q, ${HEADLINE_SNIPPET}) as "snippetHeadline"
        from page m join published p on p.id = m.page_id join organisations o on o.id = p.organisation_id
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
