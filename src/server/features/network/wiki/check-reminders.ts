import { sql } from 'drizzle-orm';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Deps } from '../../../deps.ts';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { every } from '../../../platform/jobs/every.ts';
import { notifyEach } from '../../notifications/notify.ts';

// Knowledge goes stale: a page whose last check is older than its check_every_days reminds its owner
// once per period (wiki-check-due). The page's row is claimed by a conditional update of reminded_at
// (rows another process holds are skipped), in the transaction that writes the notification, so
// several processes never remind twice, and a reminder is never lost to a failure between the two.

const BATCH = 200;
const LOOK_EVERY_MS = 15 * 60_000;

/**
 * Reminds the owners of overdue pages not yet reminded in this period (since the page fell due, and
 * within the last `check_every_days`). Answers how many reminders were written.
 */
export async function remindOverdueChecks(db: Db, now = new Date()): Promise<number> {
  const at = now.toISOString();
  let total = 0;
  for (;;) {
    const written = await db.transaction(async (tx) => {
      const rows = rowsOf<{ id: string; ownerId: string; title: string; communityName: string | null }>(
        await tx.execute(sql`
          with due as (
            select p.id from wiki_pages p
            where p.deleted_at is null and p.owner_id is not null
              and p.checked_at + make_interval(days => p.check_every_days) < ${at}::timestamptz
              and (p.reminded_at is null
                or p.reminded_at < p.checked_at + make_interval(days => p.check_every_days)
                or p.reminded_at < ${at}::timestamptz - make_interval(days => p.check_every_days))
            order by p.checked_at
            limit ${BATCH}
            for update skip locked
          )
          update wiki_pages p set reminded_at = ${at}::timestamptz
          from due
          where p.id = due.id
          returning p.id, p.owner_id as "ownerId", p.title,
            (select c.name from communities c where c.id = p.community_id) as "communityName"`),
      );
      await notifyEach(
        tx,
        rows.map((row) => ({
          personIds: [row.ownerId],
          notification: {
            kind: networkNotificationKinds.wikiCheckDue,
            data: { title: row.title, ...(row.communityName ? { communityName: row.communityName } : {}) },
            link: `/network/wiki/${row.id}`,
          },
        })),
      );
      return rows.length;
    });
    total += written;
    if (written < BATCH) return total;
  }
}

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Looks for overdue wiki pages every quarter of an hour (the first time a minute after start). */
export function startWikiCheckReminders(deps: Deps, options: { log: Logger }) {
  return every(
    LOOK_EVERY_MS,
    async () => {
      const reminded = await remindOverdueChecks(deps.db);
      if (reminded > 0) {
        await deps.publisher.flush();
        options.log.info({ reminded }, 'wiki check reminders');
      }
    },
    { firstAfterMs: 60_000, onError: (err) => options.log.error({ err }, 'wiki check reminders failed') },
  );
}
