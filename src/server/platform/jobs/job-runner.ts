import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../db/client.ts';
import { claimJob, endJob, holdJob, type JobRow, recordProgress, releaseJob } from './job-queries.ts';
import type { JobFailure } from './tables.ts';

export interface StepProgress {
  done: number;
  checkpoint?: Record<string, unknown>;
}

/** What a handler is given to do its job in steps, each a transaction of its own. */
export interface JobContext<Payload = Record<string, unknown>> {
  readonly id: string;
  readonly payload: Payload;
  readonly createdBy: string | null;
  /** 1 the first time; more when the job is taken up again after its process ended or a step threw. */
  readonly attempt: number;
  /** Progress and notes as the last committed step left them (after a restart: where to go on). */
  readonly done: number;
  readonly total: number;
  readonly checkpoint: Record<string, unknown> | null;
  readonly log: JobLog;
  /**
   * Runs one step: a transaction that first makes sure the job is still this process's, then does the
   * work and records `done` (and `checkpoint`, both possibly computed from the work's value) and renews
   * the lease; all of it commits together. Afterwards it yields to the event loop, so that other
   * requests' queries get their turn (on PGlite there is one connection for everyone), and waits while
   * the runner's `pauseWhile` says so.
   */
  step<T>(work: (tx: Tx) => Promise<T>, progress: StepProgress | ((value: T) => StepProgress)): Promise<T>;
  /** The last step of a successful job: its work and the result commit together. */
  finish(work: (tx: Tx) => Promise<Record<string, unknown>>): Promise<void>;
  /** The last step of a failed job: its work (e.g. cleaning up) and the failure commit together. */
  fail(work: (tx: Tx) => Promise<JobFailure>): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: each kind's handler reads its own payload type
export type JobHandler = (context: JobContext<any>) => Promise<void>;

/** Thrown by a step when the runner is stopping: the job stays running and is taken up at the next start. */
export class JobStopped extends Error {
  constructor() {
    super('the job runner is stopping');
  }
}

/** Thrown by a step when another process has taken the job over (this one's lease ran out). */
export class JobLost extends Error {
  constructor(id: string) {
    super(`job ${id} was taken over by another process`);
  }
}

export interface JobRunner {
  /** Registers the handler of a kind of job; before `start`. */
  handle(kind: string, handler: JobHandler): void;
  /** Starts polling; the first claim also takes up jobs a previous process left running (see `orphansAtStart`). */
  start(): void;
  /** Looks for work now (call after committing a new job). */
  wake(): void;
  /** Stops after the current step; the job under way is given back to be taken up at the next start. */
  stop(): Promise<void>;
}

export interface JobLog {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface JobRunnerOptions {
  log: JobLog;
  /** How long a claim holds without a step renewing it; a job whose process ended is free after it. */
  leaseMs?: number;
  /** How often to look for jobs nobody woke this process for (other processes', expired leases). */
  pollMs?: number;
  /**
   * Take up every running job at the first claim, whatever its lease: right for PGlite, which only one
   * process opens, so a running job found at start belongs to a process that ended.
   */
  orphansAtStart?: boolean;
  /** A handler that keeps throwing is given up (failed) after this many attempts. */
  maxAttempts?: number;
  /**
   * Between two steps, wait while this says so (e.g. requests are being answered that need the one
   * connection PGlite has), but not longer than the step took nor than `maxPauseMs` (1 s): under a
   * steady stream of requests the job still gets about half of the time.
   */
  pauseWhile?: () => boolean;
  maxPauseMs?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs background jobs from the `jobs` table, one at a time per process. Jobs are claimed with
 * `for update skip locked` and leased; each step renews the lease in its own transaction, so a job
 * whose process ended is taken up again (at the next start on PGlite, after the lease on PostgreSQL)
 * and continues from its last committed step.
 */
export function createJobRunner(db: Db, options: JobRunnerOptions): JobRunner {
  const runner = randomBytes(9).toString('base64url');
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const handlers = new Map<string, JobHandler>();
  let orphans = options.orphansAtStart ?? false;
  let stopping = false;
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | null = null;
  let again = false;

  function contextOf(job: JobRow, ended: { value: boolean }): JobContext {
    let current = job.done;
    const own = async (tx: Tx, done: number, checkpoint?: Record<string, unknown>) => {
      if (!(await recordProgress(tx, job.id, runner, { done, checkpoint, leaseMs }))) throw new JobLost(job.id);
    };
    const hold = async (tx: Tx) => {
      if (!(await holdJob(tx, job.id, runner))) throw new JobLost(job.id);
    };
    return {
      id: job.id,
      payload: job.payload,
      createdBy: job.createdBy,
      attempt: job.attempts,
      done: job.done,
      total: job.total,
      checkpoint: job.checkpoint,
      log: options.log,
      async step(work, progress) {
        if (stopping) throw new JobStopped();
        let done = current;
        const started = Date.now();
        const value = await db.transaction(async (tx) => {
          await hold(tx);
          const result = await work(tx);
          const reached = typeof progress === 'function' ? progress(result) : progress;
          await own(tx, reached.done, reached.checkpoint);
          done = reached.done;
          return result;
        });
        current = done;
        await yieldToEventLoop();
        const until = Date.now() + Math.min(options.maxPauseMs ?? 1_000, Math.max(10, Date.now() - started));
        while (options.pauseWhile?.() && Date.now() < until) await sleep(2);
        return value;
      },
      async finish(work) {
        await db.transaction(async (tx) => {
          await hold(tx);
          await own(tx, job.total);
          await endJob(tx, job.id, { state: 'done', result: await work(tx) });
        });
        ended.value = true;
      },
      async fail(work) {
        await db.transaction(async (tx) => {
          await hold(tx);
          await own(tx, current);
          await endJob(tx, job.id, { state: 'failed', failure: await work(tx) });
        });
        ended.value = true;
      },
    };
  }

  async function run(job: JobRow) {
    const handler = handlers.get(job.kind) as JobHandler;
    if (job.attempts > maxAttempts) {
      options.log.error({ jobId: job.id, kind: job.kind, attempts: job.attempts }, 'job given up');
      await endJob(db, job.id, {
        state: 'failed',
        failure: { type: 'job-abandoned', title: 'The job failed again and again and was given up' },
      });
      return;
    }
    const ended = { value: false };
    try {
      await handler(contextOf(job, ended));
      if (!ended.value) throw new Error(`the handler of ${job.kind} returned without finishing or failing the job`);
    } catch (error) {
      if (error instanceof JobLost) return;
      if (error instanceof JobStopped) {
        await releaseJob(db, job.id, runner, 0);
        return;
      }
      // Left running, to be tried again later: a database that was away for a moment should not fail the job.
      const delayMs = Math.min(60_000, 1_000 * 2 ** job.attempts);
      options.log.error({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job step failed');
      await releaseJob(db, job.id, runner, delayMs).catch(() => {});
    }
  }

  async function drain() {
    do {
      again = false;
      while (!stopping) {
        const job = await claimJob(db, { runner, kinds: [...handlers.keys()], leaseMs, orphans });
        orphans = false;
        if (!job) break;
        await run(job);
      }
    } while (again && !stopping);
  }

  function wake() {
    if (!started || stopping) return;
    if (draining) {
      again = true;
      return;
    }
    draining = drain()
      .catch((error) => options.log.warn({ err: error }, 'looking for jobs failed; trying again later'))
      .finally(() => {
        draining = null;
      });
  }

  return {
    handle(kind, handler) {
      handlers.set(kind, handler);
    },
    start() {
      if (started || handlers.size === 0) return;
      started = true;
      timer = setInterval(wake, options.pollMs ?? 10_000);
      timer.unref();
      wake();
    },
    wake,
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      await draining;
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The process's job runner (`platform/jobs/job-runner.ts`). */
    jobs: JobRunner;
  }
}
