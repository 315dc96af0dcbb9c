import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { allFilters, filterConditions } from '../search/search-filters.ts';
import type { AtlasFilters, SortOrder } from '../search/search-params.ts';
import type { AnalysedQuery } from '../search/search-words.ts';
import { type ExchangeRecord, type ExchangeSource, toExchangeRecord } from './exchange-format.ts';

/** An export holds at most this many records; the answer says when there were more. */
export const EXPORT_MAX = 50_000;
const BATCH = 500;

export interface ExportSelection {
  filters: AtlasFilters;
  sort: SortOrder;
}

/**
 * The IDs of the published records an export contains, in the order the search would list them
 * (one more than EXPORT_MAX, so the caller can tell that the export was cut).
 */
export async function exportIds(tx: Tx, selection: ExportSelection, words: AnalysedQuery): Promise<string[]> {
  const where: SQL[] = [sql`c.state = 'published'`];
  if (words.expanded !== null) where.push(sql`c.search_vector @@ to_tsquery('german', ${words.expanded})`);
  const filters = allFilters(filterConditions(selection.filters));
  if (filters) where.push(filters);
  const ranked = words.expanded !== null && selection.sort === 'relevance';
  const order =
    selection.sort === 'start'
      ? sql`c.start_year desc nulls last, c.published_at desc nulls last, c.id desc`
      : ranked
        ? sql`c.search_vector @@ to_tsquery('german', ${words.whole}) desc,
            ts_rank(c.search_vector, to_tsquery('german', ${words.expanded})) desc, c.published_at desc nulls last, c.id desc`
        : sql`c.published_at desc nulls last, c.id desc`;
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`select c.id from cooperations c where ${sql.join(where, sql` and `)}
      order by ${order} limit ${EXPORT_MAX + 1}`),
  );
  return rows.map((r) => r.id);
}

type SourceRow = Omit<ExchangeSource, 'investment' | 'yearlySavings'> & {
  id: string;
  investment: number | string | null;
  yearlySavings: number | string | null;
};

/** The records with these IDs in the exchange format, read in batches and yielded in the given order. */
export async function* exchangeRecords(tx: Tx, ids: string[], publicUrl: string): AsyncGenerator<ExchangeRecord> {
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const rows = rowsOf<SourceRow>(
      await tx.execute(sql`
        select c.id, c.slug, c.external_id as "externalId", c.title, c.summary, c.sector, c.sector_group as "sectorGroup",
          c.fields, c.keywords, c.external_partners as "externalPartners", c.website, c.start_year as "startYear",
          c.end_year as "endYear", c.status, c.legal_form as "legalForm", c.transferable,
          c.transfer_requirements as "transferRequirements", c.awards, c.funding, c.investment,
          c.yearly_savings as "yearlySavings", c.population_served as "populationServed", c.latitude, c.longitude,
          c.description, c.current_status as "currentStatus", c.lessons_learned as "lessonsLearned",
          c.further_information as "furtherInformation",
          coalesce((select json_agg(json_build_object('id', o.id, 'ags', o.ags, 'name', o.name) order by cp.position, o.name)
            from cooperation_partners cp join organisations o on o.id = cp.organisation_id
            where cp.cooperation_id = c.id), '[]'::json) as partners
        from cooperations c
        where c.id = any(${uuidArray(batch)}) and c.state = 'published'`),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      if (!row) continue; // unpublished meanwhile
      yield toExchangeRecord(
        {
          ...row,
          awards: parsedJson(row.awards),
          funding: parsedJson(row.funding),
          partners: parsedJson(row.partners),
          investment: numberOrNull(row.investment),
          yearlySavings: numberOrNull(row.yearlySavings),
        },
        publicUrl,
      );
    }
  }
}

// Raw SQL answers: postgres.js returns bigint as text; json may arrive as text on either driver.
function numberOrNull(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}
function parsedJson<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
