import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';

/**
 * Deletes up to `limit` notifications: read ones that arrived before `readBefore`, unread ones that
 * arrived before `unreadBefore` (kept longer, since nobody has seen them yet). Answers how many went;
 * rows another process is deleting at the same moment are skipped.
 */
export async function deleteOldNotifications(
  db: Tx,
  cutoffs: { readBefore: Date; unreadBefore: Date },
  limit: number,
): Promise<number> {
  const result = await db.execute(sql`
    delete from notifications where id in (
      select id from notifications
      where (read_at is not null and created_at < ${cutoffs.readBefore.toISOString()}::timestamptz)
         or created_at < ${cutoffs.unreadBefore.toISOString()}::timestamptz
      limit ${limit} for update skip locked)
    returning id`);
  return rowsOf(result).length;
}
