import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { unique } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { newId } from '../db/ids.ts';
import { enqueueJob, findJob } from './job-queries.ts';
import { createJobRunner, type JobContext, type JobRunner } from './job-runner.ts';
import { jobs } from './tables.ts';

const t = await buildTestApp();
const log = { error: () => {}, warn: () => {} };
const runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

/** A runner of its own kind of job, so no other runner (another test file's app) takes its jobs. */
function runnerFor(kind: string, handler: (context: JobContext) => Promise<void>, options = {}) {
  const runner = createJobRunner(t.deps.db, { log, pollMs: 50, ...options });
  runner.handle(kind, handler);
  runners.push(runner);
  return runner;
}

async function queued(kind: string, total: number) {
  const id = newId();
  await enqueueJob(t.deps.db, { id, kind, payload: { n: total }, total, createdBy: null });
  return id;
}

async function ended(id: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await findJob(t.deps.db, id);
    if (job && (job.state === 'done' || job.state === 'failed')) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job?.state}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Counts in steps of one into a table of its own making: a job whose steps are visible in the database. */
const counting = (seen: number[]) => async (context: JobContext) => {
  for (let n = context.done; n < context.total; n += 1) {
    await context.step(
      async (tx) => {
        await tx.execute(sql`select 1`);
        seen.push(n);
      },
      { done: n + 1, checkpoint: { last: n } },
    );
  }
  await context.finish(async () => ({ counted: context.total }));
};

describe('job runner', () => {
  it('runs a queued job step by step and keeps its result', async () => {
    const kind = unique('job');
    const seen: number[] = [];
    const runner = runnerFor(kind, counting(seen));
    const id = await queued(kind, 5);
    runner.start();
    const job = await ended(id);
    expect(job).toMatchObject({
      state: 'done',
      done: 5,
      total: 5,
      attempts: 1,
      result: { counted: 5 },
      checkpoint: { last: 4 },
      lockedBy: null,
    });
    expect(job.startedAt).toBeInstanceOf(Date);
    expect(job.finishedAt).toBeInstanceOf(Date);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('continues a job whose process ended: after its lease, or at start when it owns the database', async () => {
    const kind = unique('job');
    const seen: number[] = [];
    const leased = async (until: string) => {
      const id = await queued(kind, 4);
      // As a process that ended after two steps leaves it: running, two done, leased by a runner that is gone.
      await t.deps.db
        .update(jobs)
        .set({ state: 'running', done: 2, attempts: 1, lockedBy: 'gone', lockedUntil: sql`now() + ${until}::interval` })
        .where(eq(jobs.id, id));
      return id;
    };
    const expired = await leased('-1 second');
    const live = await leased('1 hour');
    runnerFor(kind, counting(seen)).start();
    expect(await ended(expired)).toMatchObject({ state: 'done', done: 4, attempts: 2 });
    expect(seen).toEqual([2, 3]);
    // Still leased: on PostgreSQL another process may be running it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await findJob(t.deps.db, live)).toMatchObject({ state: 'running', done: 2, lockedBy: 'gone' });
    // On PGlite only one process opens the database: a running job found at start is an orphan.
    runnerFor(kind, counting(seen), { orphansAtStart: true }).start();
    expect(await ended(live)).toMatchObject({ state: 'done', done: 4, attempts: 2 });
  });

  it('gives a job back when stopped, and another runner goes on from its last step', async () => {
    const kind = unique('job');
    const seen: number[] = [];
    let first: JobRunner | undefined;
    const stoppingAfterTwo = async (context: JobContext) => {
      await counting(seen)({
        ...context,
        step: async (work, progress) => {
          const value = await context.step(work, progress);
          if (seen.length === 2) void first?.stop();
          return value;
        },
      });
    };
    first = runnerFor(kind, stoppingAfterTwo);
    const id = await queued(kind, 4);
    first.start();
    const deadline = Date.now() + 20_000;
    while ((seen.length < 2 || (await findJob(t.deps.db, id))?.lockedBy !== null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await first.stop();
    expect(await findJob(t.deps.db, id)).toMatchObject({ state: 'running', done: 2, lockedBy: null });
    runnerFor(kind, counting(seen)).start();
    expect(await ended(id)).toMatchObject({ state: 'done', done: 4 });
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('waits between steps while told to (requests on the one PGlite connection), at most as long as a step took', async () => {
    const kind = unique('job');
    const seen: number[] = [];
    let busy = true;
    const slowSteps = async (context: JobContext) => {
      for (let n = context.done; n < context.total; n += 1) {
        await context.step(
          async () => {
            await new Promise((resolve) => setTimeout(resolve, 300));
            seen.push(Date.now());
          },
          { done: n + 1 },
        );
      }
      await context.finish(async () => ({}));
    };
    runnerFor(kind, slowSteps, { pauseWhile: () => busy, maxPauseMs: 60_000 }).start();
    const id = await queued(kind, 3);
    expect(await ended(id)).toMatchObject({ state: 'done', done: 3 });
    // Each pause lasted about a step's 300 ms (not the minute allowed), so the steps were 600 ms apart.
    const gaps = seen.slice(1).map((at, i) => at - (seen[i] as number));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(550);
    for (const gap of gaps) expect(gap).toBeLessThan(5_000);
    busy = false;

    const always = unique('job');
    runnerFor(always, counting([]), { pauseWhile: () => true, maxPauseMs: 20 }).start();
    expect(await ended(await queued(always, 3))).toMatchObject({ state: 'done', done: 3 });
  });

  it('tries a failing job again later and gives it up after its attempts', async () => {
    const kind = unique('job');
    let calls = 0;
    const runner = runnerFor(
      kind,
      async () => {
        calls += 1;
        throw new Error('broken');
      },
      { maxAttempts: 2 },
    );
    const id = await queued(kind, 1);
    runner.start();
    // The retry waits 2 s, then 4 s; a test need not: move the lease along.
    const deadline = Date.now() + 20_000;
    while ((await findJob(t.deps.db, id))?.state !== 'failed' && Date.now() < deadline) {
      await t.deps.db.update(jobs).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(jobs.id, id));
      runner.wake();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await findJob(t.deps.db, id)).toMatchObject({
      state: 'failed',
      attempts: 3,
      failure: { type: 'job-abandoned' },
    });
    expect(calls).toBe(2);
  });
});
