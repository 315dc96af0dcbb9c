import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import type { AtlasViewer } from '../atlas/policy.ts';
import { listedFor } from '../atlas/records/card-queries.ts';
import {
  escapeHtml,
  headlineSourceSql,
  highlightHtml,
  MARK_END,
  MARK_START,
  plainTextSql,
} from '../atlas/search/search-text.ts';
import type { GermanQuery } from './german-query.ts';
import type { GroupResult } from './group.ts';

/**
 * Atlas records by the atlas's own German query (stems, compound parts from atlas_terms, ae/oe/ue)
 * and ranking (whole-word matches before compound parts, then ts_rank, then newest), visible by the
 * atlas's list rule: published ones for everyone, drafts and records in review for partners and
 * platform admins (listedFor). Titles and snippets are highlighted as the atlas search does.
 */

const SNIPPET_SOURCE_MAX = 4000;
const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=24, MinWords=10, MaxFragments=1, StartSel=${MARK_START}, StopSel=${MARK_END}`;

interface Row {
  total: number;
  hits:
    | {
        id: string;
        slug: string;
        title: string;
        state: string;
        landCodes: string[];
        partnerNames: string[];
        titleHeadline: string;
        snippetHeadline: string;
      }[]
    | string;
}

export async function searchAtlas(
  tx: Tx,
  query: GermanQuery,
  viewer: AtlasViewer | null,
  limit: number,
): Promise<GroupResult> {
  const { expanded, whole, headline } = query.atlas;
  if (expanded === null || whole === null || headline === null) return { total: 0, capped: false, hits: [] };
  const order = sql`whole desc, rank desc, published_at desc nulls last, id desc`;
  const result = await tx.execute(sql`
    with q as materialized (
      select to_tsquery('german', ${expanded}) as expanded, to_tsquery('german', ${whole}) as whole,
        to_tsquery('german', ${headline}) as headline
    ),
    matched as materialized (
      select cooperations.id, cooperations.published_at,
        ts_rank(cooperations.search_vector, q.expanded) as rank,
        cooperations.search_vector @@ q.whole as whole
      from cooperations cross join q
      where cooperations.search_vector @@ q.expanded and ${listedFor(viewer)}
    ),
    page as (
      select id, row_number() over (order by ${order}) as ord from matched order by ${order} limit ${limit}
    )
    select (select count(*)::int from matched) as total,
      coalesce((select json_agg(h order by h.ord) from (
        select p.ord, c.id, c.slug, c.title, c.state, c.land_codes as "landCodes",
          array(select o.name from cooperation_partners cp join organisations o on o.id = cp.organisation_id
            where cp.cooperation_id = c.id order by cp.position, o.name) as "partnerNames",
          ts_headline('german', ${headlineSourceSql(sql`c.title`)}, q.headline, ${HEADLINE_TITLE}) as "titleHeadline",
          ts_headline('german',
            ${headlineSourceSql(sql`left(concat_ws(' ', c.summary, ${plainTextSql(sql`c.description`)}), ${SNIPPET_SOURCE_MAX})`)},
            q.headline, ${HEADLINE_SNIPPET}) as "snippetHeadline"
        from page p join cooperations c on c.id = p.id cross join q) h), '[]'::json) as hits`);
  const row = rowsOf<Row>(result)[0];
  const hits = row ? (typeof row.hits === 'string' ? JSON.parse(row.hits) : row.hits) : [];
  return {
    total: Number(row?.total ?? 0),
    capped: false,
    hits: (hits as Exclude<Row['hits'], string>).map(
      (hit): UnifiedHit => ({
        id: hit.id,
        href: `/atlas/${encodeURIComponent(hit.slug)}`,
        title: hit.title,
        titleHtml: hit.titleHeadline ? highlightHtml(hit.titleHeadline) : escapeHtml(hit.title),
        snippetHtml: highlightHtml(hit.snippetHeadline ?? ''),
        state: hit.state,
        landCode: hit.landCodes[0] ?? null,
        names: hit.partnerNames,
      }),
    ),
  };
}
