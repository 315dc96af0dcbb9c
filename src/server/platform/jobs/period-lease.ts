import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/sql-rows.ts';

/**
 * A piece of scheduled work done once per period (a day, a week) by exactly one of the processes
 * that run the platform on one database. The period is claimed in `platform_settings` under `key`
 * by one atomic upsert that succeeds only for a later period, or for the same period whose claim was
 * not renewed for `leaseMinutes` (the process that ran it ended). The holder renews the claim as it
 * goes and marks the period done with its result. Periods are compared as text (`YYYY-MM-DD`).
 */
export interface PeriodLease<R extends object> {
  /** Takes the period; false when it is done, running under a live lease, or a later one was run. */
  claim(db: Db, period: string): Promise<boolean>;
  renew(db: Db, period: string): Promise<void>;
  finish(db: Db, period: string, result: R): Promise<void>;
  /** Whether the run of `period`, or of a later one, is done. */
  isDone(db: Db, period: string): Promise<boolean>;
}

export function periodLease<R extends object>(options: {
  key: string;
  /** The name the period is stored under in the setting's value. */
  field: 'day' | 'week';
  leaseMinutes: number;
}): PeriodLease<R> {
  const { key } = options;
  const field = sql.raw(`'${options.field}'`);
  const lease = sql.raw(`interval '${Math.trunc(options.leaseMinutes)} minutes'`);
  return {
    async claim(db, period) {
      const value = JSON.stringify({ [options.field]: period, state: 'running' });
      const result = await db.execute(sql`
        insert into platform_settings (key, value, updated_at) values (${key}, ${value}::jsonb, now())
        on conflict (key) do update set value = excluded.value, updated_at = now()
        where (platform_settings.value ->> ${field}) < (excluded.value ->> ${field})
           or ((platform_settings.value ->> ${field}) = (excluded.value ->> ${field})
               and (platform_settings.value ->> 'state') = 'running'
               and platform_settings.updated_at < now() - ${lease})
        returning key`);
      return rowsOf(result).length > 0;
    },
    async renew(db, period) {
      await db.execute(sql`
        update platform_settings set updated_at = now()
        where key = ${key} and (value ->> ${field}) = ${period} and (value ->> 'state') = 'running'`);
    },
    async finish(db, period, result) {
      const value = JSON.stringify({
        [options.field]: period,
        state: 'done',
        ...result,
        finishedAt: new Date().toISOString(),
      });
      await db.execute(sql`
        update platform_settings set value = ${value}::jsonb, updated_at = now()
        where key = ${key} and (value ->> ${field}) = ${period}`);
    },
    async isDone(db, period) {
      const result = await db.execute(sql`
        select 1 from platform_settings
        where key = ${key} and (value ->> ${field}) >= ${period}
          and ((value ->> ${field}) > ${period} or (value ->> 'state') = 'done')`);
      return rowsOf(result).length > 0;
    },
  };
}
