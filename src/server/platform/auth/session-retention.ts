import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { rowsOf } from '../db/sql-rows.ts';

/**
 * Deletes up to `limit` sessions that expired before `before`; answers how many went. Rows another
 * process is deleting at the same moment are skipped, not waited for (`skip locked`).
 */
export async function deleteSessionsEndedBefore(db: Tx, before: Date, limit: number): Promise<number> {
  const result = await db.execute(sql`
    delete from sessions where id in (
      select id from sessions where expires_at < ${before.toISOString()}::timestamptz
      limit ${limit} for update skip locked)
    returning id`);
  return rowsOf(result).length;
}
