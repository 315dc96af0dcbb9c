import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { rowsOf } from '../db/sql-rows.ts';

/**
 * Deletes up to `limit` of the oldest audit entries written before `before` (on the index by time);
 * answers how many went. Rows another process is deleting at the same moment are skipped.
 */
export async function deleteAuditEntriesBefore(db: Tx, before: Date, limit: number): Promise<number> {
  const result = await db.execute(sql`
    delete from audit_log where id in (
      select id from audit_log where at < ${before.toISOString()}::timestamptz
      order by at limit ${limit} for update skip locked)
    returning id`);
  return rowsOf(result).length;
}
