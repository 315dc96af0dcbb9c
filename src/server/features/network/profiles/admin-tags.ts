import { sql } from 'drizzle-orm';
import type { AdminTagList, AdminTagQuery } from '../../../../shared/contracts/network-profiles.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { forbidden, unauthenticated } from '../../../platform/errors/problem.ts';
import { likePrefix, tagKey } from './tag-key.ts';

interface Row {
  id: string;
  name: string;
  key: string;
  createdAt: Date | string;
  expertiseCount: number;
  questionCount: number;
  followCount: number;
}

/** The live tags with how often each is used, for admins looking for duplicates (by name, or by words). */
export async function adminTags(db: Db, principal: Principal | null, query: AdminTagQuery): Promise<AdminTagList> {
  if (!principal) throw unauthenticated();
  if (!principal.isPlatformAdmin) throw forbidden('Only platform administrators manage tags.');
  const limit = query.limit ?? 50;
  const key = tagKey(query.q ?? '');
  const words = key === '' ? sql`` : sql`and (t.key like ${`%${likePrefix(key)}`} escape '\\' or t.key % ${key})`;
  const rows = rowsOf<Row>(
    await db.execute(sql`select t.id, t.name, t.key, t.created_at as "createdAt",
        (select count(*)::int from network_expertise e where e.tag_id = t.id) as "expertiseCount",
        (select count(*)::int from question_tags qt where qt.tag_id = t.id) as "questionCount",
        (select count(*)::int from tag_follows f where f.tag_id = t.id) as "followCount"
      from network_tags t
      where t.merged_into is null ${words}
      order by t.key, t.id
      limit ${limit + 1} offset ${query.offset ?? 0}`),
  );
  return {
    hasMore: rows.length > limit,
    tags: rows.slice(0, limit).map((row) => ({
      ...row,
      expertiseCount: Number(row.expertiseCount),
      questionCount: Number(row.questionCount),
      followCount: Number(row.followCount),
      createdAt: new Date(row.createdAt).toISOString(),
    })),
  };
}
