import { and, asc, gt, isNotNull, max, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type DomainEvent, eventOf } from './event.ts';
import { outboxPrunedThrough } from './outbox-retention.ts';
import { outbox } from './tables.ts';

/** Reads back from the outbox what a bus may have failed to carry. */
export interface BusRecovery {
  /** The highest position in the outbox now: where a process starts listening. */
  latestPosition(): Promise<number>;
  /**
   * Events published within the last `seconds` with a position above `after`, in position order; `null`
   * when there are more than `limit` (too many to replay: the listeners should refetch instead).
   */
  publishedSince(after: number, seconds: number, limit: number): Promise<DomainEvent[] | null>;
}

/** The outbox as the Redis bus's memory of what was published while it was cut off. */
export function outboxRecovery(db: Db): BusRecovery {
  return {
    async latestPosition() {
      const [row] = await db.select({ position: max(outbox.position) }).from(outbox);
      return Number(row?.position ?? 0);
    },
    async publishedSince(after, seconds, limit) {
      // The position bound keeps this on the position index; published_at (database clock, so no
      // skew with this process) narrows it to what was sent while the bus was away.
      const rows = await db
        .select()
        .from(outbox)
        .where(
          and(
            gt(outbox.position, Math.max(0, Math.floor(after))),
            isNotNull(outbox.publishedAt),
            sql`${outbox.publishedAt} >= now() - make_interval(secs => ${Math.ceil(seconds)}::int)`,
          ),
        )
        .orderBy(asc(outbox.position))
        .limit(limit + 1);
      // Events after `after` may have been pruned meanwhile (see Retention): then only a refetch is complete.
      const prunedThrough = await outboxPrunedThrough(db);
      if (prunedThrough !== null && after < prunedThrough) return null;
      return rows.length > limit ? null : rows.map(eventOf);
    },
  };
}
