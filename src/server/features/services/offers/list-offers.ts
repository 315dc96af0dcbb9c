import { type SQL, sql } from 'drizzle-orm';
import {
  OFFER_LIMITS,
  type OfferAudience,
  type OfferList,
  type OfferListQuery,
  type PriceModel,
} from '../../../../shared/contracts/services-offers.ts';
import { landName } from '../../../../shared/laender.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { germanQueryOf } from '../../search/german-query.ts';
import { offerVisibleSql } from './offer-access.ts';
import { excerptOf } from './offer-view.ts';
import type { OfferViewer } from './policy.ts';
import { serviceOffers } from './tables.ts';

interface Row {
  id: string;
  title: string;
  description: string;
  organisationId: string;
  organisationName: string;
  landCode: string | null;
  leikaKey: string | null;
  taskField: string | null;
  priceModel: string;
  priceCents: string | number | null;
  audience: string;
  validFrom: string | null;
  validUntil: string | null;
  withdrawn: boolean;
  distanceKm: string | number | null;
  total: string | number;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Great-circle distance in km between the offering organisation (`org`) and the viewer's (`vo`), by the haversine formula. */
const distanceSql = sql`case when vo.latitude is not null and org.latitude is not null then
  6371 * 2 * asin(least(1, sqrt(power(sin(radians(org.latitude - vo.latitude) / 2), 2)
    + cos(radians(vo.latitude)) * cos(radians(org.latitude)) * power(sin(radians(org.longitude - vo.longitude) / 2), 2))))
  end`;

/**
 * One page of the offers the viewer sees, matching the German search `q` (stems, compound parts,
 * prefixes; the title as typed too), the task field, a LeiKa key's beginning, the offering
 * organisation's Land and a distance from the viewer's organisation. `mine` keeps my organisation's
 * offers, withdrawn ones included. Order: best match with `q`, nearest with `sort=distance`, else newest;
 * the ID settles ties, so pages neither repeat nor skip an offer.
 */
export async function listOffers(db: Db, viewer: OfferViewer, query: OfferListQuery): Promise<OfferList> {
  const limit = query.limit ?? OFFER_LIMITS.pageSize;
  const offset = query.offset ?? 0;
  const own = viewer.organisation?.id ?? null;
  return db.transaction(async (tx) => {
    const filters: SQL[] = [offerVisibleSql(viewer)];
    if (query.mine) filters.push(own ? sql`${serviceOffers.organisationId} = ${own}` : sql`false`);
    else filters.push(sql`(${serviceOffers.withdrawnAt} is null)`);
    if (query.taskField !== undefined) filters.push(sql`${serviceOffers.taskField} = ${query.taskField}`);
    if (query.leika !== undefined) filters.push(sql`${serviceOffers.leikaKey} like ${`${query.leika}%`}`);
    if (query.land !== undefined) filters.push(sql`org.land_code = ${query.land}`);
    if (query.near !== undefined) filters.push(sql`${distanceSql} <= ${query.near}::float8`);
    let rank: SQL = sql`0`;
    const q = query.q?.trim() ?? '';
    if (q !== '') {
      const german = await germanQueryOf(tx, q);
      const titleContains = sql`${serviceOffers.title} ilike ${`%${likeEscaped(q)}%`}`;
      if (german.prefixed) {
        const tsquery = sql`to_tsquery('german', ${german.prefixed})`;
        filters.push(sql`(${serviceOffers.searchVector} @@ ${tsquery} or ${titleContains})`);
        rank = sql`ts_rank(${serviceOffers.searchVector}, ${tsquery})`;
      } else {
        filters.push(titleContains);
      }
    }
    const sort = query.sort ?? (q !== '' ? 'relevance' : 'newest');
    const order =
      sort === 'distance'
        ? sql`distance asc nulls last, ${serviceOffers.createdAt} desc`
        : sort === 'relevance'
          ? sql`rank desc, ${serviceOffers.createdAt} desc`
          : sql`${serviceOffers.createdAt} desc`;
    const rows = rowsOf<Row>(
      await tx.execute(sql`
        select ${serviceOffers.id} as id, ${serviceOffers.title} as title, ${serviceOffers.description} as description,
          org.id as "organisationId", org.name as "organisationName", org.land_code as "landCode",
          ${serviceOffers.leikaKey} as "leikaKey", ${serviceOffers.taskField} as "taskField",
          ${serviceOffers.priceModel} as "priceModel", ${serviceOffers.priceCents} as "priceCents",
          ${serviceOffers.audience} as audience, ${serviceOffers.validFrom}::text as "validFrom",
          ${serviceOffers.validUntil}::text as "validUntil", ${serviceOffers.withdrawnAt} is not null as withdrawn,
          ${distanceSql} as distance, ${distanceSql} as "distanceKm", ${rank} as rank, count(*) over () as total
        from ${serviceOffers}
        join organisations org on org.id = ${serviceOffers.organisationId}
        left join (select latitude, longitude from organisations where id = ${own}) vo on true
        where ${sql.join(filters, sql` and `)}
        order by ${order}, ${serviceOffers.id}
        limit ${limit + 1} offset ${offset}`),
    );
    const total = rows.length > 0 ? Number(rows[0]?.total) : offset > 0 ? await countOnly(tx, filters, own) : 0;
    return {
      items: rows.slice(0, limit).map((row) => ({
        id: row.id,
        title: row.title,
        excerpt: excerptOf(row.description),
        organisation: {
          id: row.organisationId,
          name: row.organisationName,
          landCode: row.landCode,
          landName: landName(row.landCode),
        },
        leikaKey: row.leikaKey,
        taskField: row.taskField,
        priceModel: row.priceModel as PriceModel,
        priceCents: row.priceCents === null ? null : Number(row.priceCents),
        audience: row.audience as OfferAudience,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
        withdrawn: row.withdrawn,
        distanceKm: row.distanceKm === null ? null : Math.round(Number(row.distanceKm) * 10) / 10,
      })),
      total,
      hasMore: rows.length > limit,
    };
  });
}

/** The count when the page asked for lies beyond the last match. */
async function countOnly(tx: Tx, filters: SQL[], own: string | null) {
  const [row] = rowsOf<{ n: string | number }>(
    await tx.execute(sql`select count(*) as n from ${serviceOffers}
      join organisations org on org.id = ${serviceOffers.organisationId}
      left join (select latitude, longitude from organisations where id = ${own}) vo on true
      where ${sql.join(filters, sql` and `)}`),
  );
  return Number(row?.n ?? 0);
}
