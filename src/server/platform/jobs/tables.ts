import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What a job reports when it ends without its result: a problem in the platform's words, and what its kind adds. */
export interface JobFailure {
  type: string;
  title: string;
  detail?: string;
  [more: string]: unknown;
}

/**
 * Background jobs (`platform/jobs/job-runner.ts`): written in the transaction that asks for the work,
 * claimed by one process at a time with `for update skip locked`, and leased while they run, so a job
 * whose process ended is taken up again.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    /** Which handler runs it, e.g. `atlas.import`. */
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** queued, running, done, failed. */
    state: text('state').notNull().default('queued'),
    /** Units of work done and to do (rows, for an import): the progress a client shows. */
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** The handler's own notes on where it is, written with each step, read again after a restart. */
    checkpoint: jsonb('checkpoint').$type<Record<string, unknown>>(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    failure: jsonb('failure').$type<JobFailure>(),
    createdBy: uuid('created_by'),
    /** How often a process took it up; a job that keeps ending its process is given up. */
    attempts: integer('attempts').notNull().default(0),
    /** The process running it (random per process) and until when; renewed with every step. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_open').on(t.createdAt).where(sql`state in ('queued', 'running')`)],
);
