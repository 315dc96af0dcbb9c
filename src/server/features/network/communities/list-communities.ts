import { and, asc, count, desc, ilike, or, type SQL, sql } from 'drizzle-orm';
import {
  COMMUNITY_LIMITS,
  type CommunityList,
  type CommunityListQuery,
} from '../../../../shared/contracts/network-communities.ts';
import type { Db } from '../../../platform/db/client.ts';
import { germanQueryOf } from '../../search/german-query.ts';
import { communities, communityMembers } from '../tables.ts';
import { communitySummaries } from './community-views.ts';

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of every community (everyone signed in sees every community's name and description), or of
 * those matching `q` with the German search (stems, compound parts, prefixes) and by name; `mine` keeps
 * those I belong to or asked to join. Archived communities come last, then by name (best match first
 * with `q`); the ID settles ties, so pages neither repeat nor skip a community.
 */
export async function listCommunities(db: Db, personId: string, query: CommunityListQuery): Promise<CommunityList> {
  const limit = query.limit ?? COMMUNITY_LIMITS.pageSize;
  const offset = query.offset ?? 0;
  return db.transaction(async (tx) => {
    const filters: SQL[] = [];
    if (query.mine) {
      filters.push(
        sql`${communities.id} in (select ${communityMembers.communityId} from ${communityMembers} where ${communityMembers.personId} = ${personId})`,
      );
    }
    const q = query.q?.trim() ?? '';
    const byName = [asc(sql`lower(${communities.name})`)];
    let byMatch: SQL[] = [];
    if (q !== '') {
      const german = await germanQueryOf(tx, q);
      const nameContains = ilike(communities.name, `%${likeEscaped(q)}%`);
      if (german.prefixed) {
        const tsquery = sql`to_tsquery('german', ${german.prefixed})`;
        filters.push(or(sql`${communities.searchVector} @@ ${tsquery}`, nameContains) as SQL);
        byMatch = [desc(sql`ts_rank(${communities.searchVector}, ${tsquery})`)];
      } else {
        filters.push(nameContains);
      }
    }
    const where = filters.length > 0 ? and(...filters) : undefined;
    const order = [asc(sql`${communities.archivedAt} is not null`), ...byMatch, ...byName, asc(communities.id)];
    const rows = await communitySummaries(tx, personId, where, order, { limit: limit + 1, offset });
    const [counted] = await tx.select({ n: count() }).from(communities).where(where);
    return { items: rows.slice(0, limit), total: Number(counted?.n ?? 0), hasMore: rows.length > limit };
  });
}
