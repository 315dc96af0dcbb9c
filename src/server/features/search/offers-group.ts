import { sql } from 'drizzle-orm';
import type { UnifiedHit } from '../../../shared/contracts/search.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { headlineSourceSql, highlightHtml, MARK_END, MARK_START } from '../atlas/search/search-text.ts';
import { offerVisibleSql } from '../services/offers/offer-access.ts';
import { serviceOffers } from '../services/offers/tables.ts';
import type { GermanQuery } from './german-query.ts';
import { COUNT_MAX, type GroupResult, NO_HITS } from './group.ts';
import type { Searcher } from './searcher.ts';

const HEADLINE_TITLE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_SOURCE_MAX = 10_000;

interface Row {
  id: string;
  title: string;
  organisationName: string;
  landCode: string | null;
  updatedAt: string;
  total: number | string;
  titleHeadline: string;
  snippetHeadline: string | null;
}

/**
 * Competence centre offers (Leistungsangebote) the person may see and use, by the offers' own rule
 * (services/offers/offer-access.ts `offerVisibleSql`: everyone signed in, the organisations of the
 * offer's alliance or of its Land, and the offering organisation itself), not withdrawn, by title and
 * description (the offer's stored search vector) with the German query with compound parts and
 * prefixes. A hit opens the offer, named by the offering organisation.
 */
export async function searchOffersGroup(
  tx: Tx,
  query: GermanQuery,
  searcher: Searcher,
  limit: number,
): Promise<GroupResult> {
  if (query.prefixed === null) return NO_HITS;
  const viewer = { organisation: searcher.organisationId ? { id: searcher.organisationId } : null };
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      with q as (select to_tsquery('german', ${query.prefixed}) as query),
      hits as (
        select ${serviceOffers.id} as id, ${serviceOffers.title} as title,
          ${serviceOffers.description} as description, ${serviceOffers.organisationId} as organisation_id,
          ${serviceOffers.updatedAt} as updated_at, ts_rank(${serviceOffers.searchVector}, q.query) as rank
        from ${serviceOffers} cross join q
        where ${serviceOffers.withdrawnAt} is null and ${serviceOffers.searchVector} @@ q.query
          and ${offerVisibleSql(viewer)}
      ),
      counted as (select *, count(*) over () as total from hits),
      best as (select * from counted order by rank desc, updated_at desc, id limit ${limit})
      select b.id, b.title, o.name as "organisationName", o.land_code as "landCode",
        b.updated_at as "updatedAt", b.total,
        ts_headline('german', ${headlineSourceSql(sql`b.title`)}, q.query, ${HEADLINE_TITLE}) as "titleHeadline",
        ts_headline('german', ${headlineSourceSql(sql`left(b.description, ${SNIPPET_SOURCE_MAX})`)},
          q.query, ${HEADLINE_SNIPPET}) as "snippetHeadline"
      from best b cross join q
      join organisations o on o.id = b.organisation_id
      order by b.rank desc, b.updated_at desc, b.id`),
  );
  const total = Number(rows[0]?.total ?? 0);
  return {
    total: Math.min(total, COUNT_MAX),
    capped: total > COUNT_MAX,
    hits: rows.map(
      (row): UnifiedHit => ({
        id: row.id,
        href: `/services/offers/${row.id}`,
        title: row.title,
        titleHtml: highlightHtml(row.titleHeadline),
        snippetHtml: highlightHtml(row.snippetHeadline ?? ''),
        names: [row.organisationName],
        landCode: row.landCode,
        createdAt: new Date(row.updatedAt).toISOString(),
      }),
    ),
  };
}
