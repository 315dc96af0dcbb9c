import { and, asc, desc, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { CommunityList, CommunityListQuery } from '../../../../shared/contracts/network-communities.ts';
import type { Db } from '../../../platform/db/client.ts';
import { germanQueryOf } from '../../search/german-query.ts';
import { communities, communityMembers } from '../tables.ts';
import { communitySummaries } from './community-views.ts';

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every community by name (everyone signed in sees every community's name and description), or those
 * matching `q` with the German search (stems, compound parts, prefixes) and by name, best first;
 * `mine` keeps those I belong to or asked to join.
 */
export async function listCommunities(db: Db, personId: string, query: CommunityListQuery): Promise<CommunityList> {
  return db.transaction(async (tx) => {
    const filters: SQL[] = [];
    if (query.mine) {
      filters.push(
        sql`${communities.id} in (select ${communityMembers.communityId} from ${communityMembers} where ${communityMembers.personId} = ${personId})`,
      );
    }
    const q = query.q?.trim() ?? '';
    let order: SQL[] | undefined;
    if (q !== '') {
      const german = await germanQueryOf(tx, q);
      const byName = ilike(communities.name, `%${likeEscaped(q)}%`);
      if (german.prefixed) {
        const tsquery = sql`to_tsquery('german', ${german.prefixed})`;
        filters.push(or(sql`${communities.searchVector} @@ ${tsquery}`, byName) as SQL);
        order = [desc(sql`ts_rank(${communities.searchVector}, ${tsquery})`), asc(sql`lower(${communities.name})`)];
      } else {
        filters.push(byName);
      }
    }
    const items = await communitySummaries(tx, personId, filters.length > 0 ? and(...filters) : undefined, order);
    // Archived communities come last.
    return { items: [...items.filter((c) => !c.archivedAt), ...items.filter((c) => c.archivedAt)] };
  });
}
