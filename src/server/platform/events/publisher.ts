import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Bus } from './bus.ts';
import { eventOf } from './event.ts';
import { outbox } from './tables.ts';

export interface Publisher {
  /** Publishes what committed transactions left in the outbox; call after commit. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

const BATCH = 200;

/**
 * Moves committed outbox rows to the bus. Called right after a commit, and on a timer as a
 * safety net for rows left by a crash. Rows are claimed with SKIP LOCKED so several processes
 * never publish one event twice.
 */
export function createPublisher(
  db: Db,
  bus: Bus,
  options: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Publisher {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;

  async function drainOnce(): Promise<number> {
    return db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(outbox)
        .where(isNull(outbox.publishedAt))
        .orderBy(asc(outbox.position))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      await tx
        .update(outbox)
        .set({ publishedAt: sql`now()` })
        .where(
          inArray(
            outbox.id,
            rows.map((r) => r.id),
          ),
        );
      for (const row of rows) await bus.publish(eventOf(row));
      return rows.length;
    });
  }

  async function drain() {
    while ((await drainOnce()) === BATCH) {}
  }

  // A caller must see the rows it committed before calling published when the promise resolves. A
  // drain already under way may have looked at the outbox before that commit, so such callers share
  // one further drain that starts when the current one ends.
  function flush(): Promise<void> {
    if (!running) {
      running = drain()
        .catch((e) => options.onError?.(e))
        .finally(() => {
          running = null;
        });
      return running;
    }
    if (!next) {
      next = running.then(() => {
        next = null;
        return flush();
      });
    }
    return next;
  }

  const timer = setInterval(() => void flush(), options.intervalMs ?? 2000);
  timer.unref();
  return {
    flush,
    async stop() {
      clearInterval(timer);
      await next;
      await running;
    },
  };
}
