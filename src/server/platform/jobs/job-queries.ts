import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { textArray } from '../db/sql-arrays.ts';
import { type JobFailure, jobs } from './tables.ts';

export type JobRow = typeof jobs.$inferSelect;

/** Asks for a job in the caller's transaction: it exists (and runs) only if that transaction commits. */
export async function enqueueJob(
  tx: Tx,
  job: { id: string; kind: string; payload: Record<string, unknown>; total: number; createdBy: string | null },
): Promise<void> {
  await tx.insert(jobs).values({ ...job, state: 'queued' });
}

/** A job by its ID, in whatever state. */
export async function findJob(tx: Tx, id: string): Promise<JobRow | undefined> {
  const [row] = await tx.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/**
 * Takes the oldest job of the given kinds that is queued or whose runner's lease ran out (its process
 * ended), or — `orphans` — any running job not leased by `runner`. Several processes may call it at
 * once: `skip locked` gives each a different job.
 */
export async function claimJob(
  db: Db,
  options: { runner: string; kinds: string[]; leaseMs: number; orphans: boolean },
): Promise<JobRow | undefined> {
  const stale = options.orphans
    ? sql`(locked_by is null or locked_by <> ${options.runner})`
    : sql`(locked_until is null or locked_until < now())`;
  const [row] = await db
    .update(jobs)
    .set({
      state: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: options.runner,
      lockedUntil: sql`now() + ${`${options.leaseMs} milliseconds`}::interval`,
      startedAt: sql`coalesce(${jobs.startedAt}, now())`,
      updatedAt: sql`now()`,
    })
    .where(
      eq(
        jobs.id,
        sql`(select id from jobs
          where kind = any(${textArray(options.kinds)})
            and (state = 'queued' or (state = 'running' and ${stale}))
          order by created_at limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return row;
}

/**
 * Locks the job's row for the step's transaction, which keeps other processes' claims off it until the
 * step commits. False when the job is no longer this runner's (its lease ran out and another took it).
 */
export async function holdJob(tx: Tx, id: string, runner: string): Promise<boolean> {
  const rows = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, runner), eq(jobs.state, 'running')))
    .for('update');
  return rows.length > 0;
}

/** Records a step's progress and renews the lease, at the end of the step's transaction. */
export async function recordProgress(
  tx: Tx,
  id: string,
  runner: string,
  progress: { done: number; checkpoint?: Record<string, unknown> | undefined; leaseMs: number },
): Promise<boolean> {
  const rows = await tx
    .update(jobs)
    .set({
      done: progress.done,
      ...(progress.checkpoint ? { checkpoint: progress.checkpoint } : {}),
      lockedUntil: sql`now() + ${`${progress.leaseMs} milliseconds`}::interval`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, runner), eq(jobs.state, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/** Ends a job with its result or its failure. */
export async function endJob(
  tx: Tx,
  id: string,
  outcome: { state: 'done'; result: Record<string, unknown> } | { state: 'failed'; failure: JobFailure },
): Promise<void> {
  await tx
    .update(jobs)
    .set({
      state: outcome.state,
      ...(outcome.state === 'done' ? { result: outcome.result } : { failure: outcome.failure }),
      lockedBy: null,
      lockedUntil: null,
      updatedAt: sql`now()`,
      finishedAt: sql`now()`,
    })
    .where(eq(jobs.id, id));
}

/** Gives a running job back, to be taken up again after `delayMs` (0: at once, e.g. at shutdown). */
export async function releaseJob(db: Db, id: string, runner: string, delayMs: number): Promise<void> {
  await db
    .update(jobs)
    .set({
      lockedBy: null,
      lockedUntil: sql`now() + ${`${delayMs} milliseconds`}::interval`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, runner), eq(jobs.state, 'running')));
}
