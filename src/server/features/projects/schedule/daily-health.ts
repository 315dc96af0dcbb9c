import { sql } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { every } from '../../../platform/jobs/every.ts';
import { periodLease } from '../../../platform/jobs/period-lease.ts';
import { todayInGermany, weekOf } from '../projects/week.ts';
import { openProjectIds, recomputeProjects } from './recompute-projects.ts';

// Once a day the health of every project under way is computed again (time alone moves it: a date
// passes, a blocker grows older, a project falls quiet), and once a week each project's level is kept
// as a snapshot for the trend (project_health_snapshots, the week's Monday as key).
//
// Several processes may run the platform on one PostgreSQL: each looks every few minutes, and the day
// is claimed in platform_settings with one atomic upsert, so exactly one process does it. The claim is
// a lease renewed after every batch; a process that ends during its run leaves it unrenewed, and after
// LEASE_MINUTES another process takes the day over (recomputing again is harmless). The week's
// snapshot is written once: a later run of the same week leaves it as it is.

const LEASE_MINUTES = 15;

export interface DailyHealthResult {
  /** False when this day's run was done (or is under way) elsewhere already. */
  ran: boolean;
  recomputed: number;
  changed: number;
  /** Snapshots written for the week (0 when the week has them already). */
  snapshots: number;
}

const DAY = periodLease<Omit<DailyHealthResult, 'ran'>>({
  key: 'projects.daily-health',
  field: 'day',
  leaseMinutes: LEASE_MINUTES,
});

/** Whether the run of `day`, or of a later day, is done (work that reads the day's health waits for it). */
export function dailyHealthDone(db: Db, day: string): Promise<boolean> {
  return DAY.isDone(db, day);
}

/** Keeps every project's level and reasons as the week's snapshot, unless the week has one already. */
async function snapshotWeek(db: Db, week: string): Promise<number> {
  const result = await db.execute(sql`
    insert into project_health_snapshots (project_id, week, level, reasons)
    select id, ${week}::date, health_level, health_reasons from projects
    on conflict (project_id, week) do nothing
    returning project_id`);
  return rowsOf(result).length;
}

/**
 * The daily run for `today` (a calendar day in Germany): recomputes every project that is not done or
 * stopped, then writes the week's snapshots. Idempotent per day (a second call does nothing) and per
 * week (one snapshot per project and week, of the week's first run).
 */
export async function runDailyHealth(
  db: Db,
  today: string,
  options: { parallel?: number } = {},
): Promise<DailyHealthResult> {
  if (!(await DAY.claim(db, today))) return { ran: false, recomputed: 0, changed: 0, snapshots: 0 };
  const ids = await openProjectIds(db);
  const { recomputed, changed } = await recomputeProjects(db, ids, today, {
    afterBatch: () => DAY.renew(db, today),
    parallel: options.parallel ?? 1,
  });
  const snapshots = await snapshotWeek(db, weekOf(today));
  await DAY.finish(db, today, { recomputed, changed, snapshots });
  return { ran: true, recomputed, changed, snapshots };
}

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Batches at once on PostgreSQL (of its pool of 10 connections); PGlite has one connection. */
const PARALLEL_ON_POSTGRES = 3;

/**
 * Looks every `intervalMs` (ten minutes) whether today's run is due, and runs it if so; the first look
 * comes `firstAfterMs` after start. A run still going when the next look is due is not doubled; the
 * timers do not keep the process alive.
 */
export function startDailyHealth(
  deps: Pick<Deps, 'db' | 'database'>,
  options: { intervalMs?: number; firstAfterMs?: number; log?: Logger } = {},
): { stop(): Promise<void> } {
  const { db } = deps;
  const parallel = deps.database.kind === 'postgres' ? PARALLEL_ON_POSTGRES : 1;
  return every(
    options.intervalMs ?? 10 * 60_000,
    async () => {
      const result = await runDailyHealth(db, todayInGermany(), { parallel });
      if (result.ran) options.log?.info(result, 'daily project health computed');
    },
    {
      firstAfterMs: options.firstAfterMs ?? 60_000,
      onError: (err) => options.log?.error({ err }, 'daily project health failed; retried when its claim runs out'),
    },
  );
}
