import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { rowsOf } from '../db/sql-rows.ts';

/** Where the highest position ever pruned from the outbox is noted (platform_settings). */
const PRUNED_THROUGH = 'events.outbox-pruned-through';

/**
 * Deletes up to `limit` of the oldest events published before `before` (an unpublished event is never
 * deleted) and notes the highest position deleted, in one transaction; answers how many went. Rows
 * another process is deleting at the same moment are skipped, not waited for.
 */
export async function deletePublishedEventsBefore(db: Tx, before: Date, limit: number): Promise<number> {
  return db.transaction(async (tx) => {
    const gone = rowsOf<{ position: string | number }>(
      await tx.execute(sql`
        delete from outbox where id in (
          select id from outbox
          where published_at is not null and published_at < ${before.toISOString()}::timestamptz
          order by position limit ${limit} for update skip locked)
        returning position`),
    );
    if (gone.length === 0) return 0;
    const highest = Math.max(...gone.map((row) => Number(row.position)));
    const value = JSON.stringify({ position: highest });
    await tx.execute(sql`
      insert into platform_settings (key, value, updated_at) values (${PRUNED_THROUGH}, ${value}::jsonb, now())
      on conflict (key) do update
        set value = jsonb_build_object('position', greatest(
              (platform_settings.value ->> 'position')::bigint, (excluded.value ->> 'position')::bigint)),
            updated_at = now()`);
    return gone.length;
  });
}

/**
 * The highest position pruned from the outbox (null: none yet). Whoever resumes after a lower position
 * may have missed pruned events and must refetch instead.
 */
export async function outboxPrunedThrough(db: Tx): Promise<number | null> {
  const [row] = rowsOf<{ position: string | number | null }>(
    await db.execute(sql`select value ->> 'position' as position from platform_settings where key = ${PRUNED_THROUGH}`),
  );
  return row?.position === null || row?.position === undefined ? null : Number(row.position);
}
