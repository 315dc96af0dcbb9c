import { and, desc, eq, gt, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { findJob, type JobRow } from '../../platform/jobs/job-queries.ts';
import { jobs } from '../../platform/jobs/tables.ts';

/** The job kind of a person's data export; the job row is the export (its `created_by` is its owner). */
export const EXPORT_JOB = 'my-data.export';

/** What an export's job carries: set when a platform admin prepared it on the person's request. */
export interface ExportPayload {
  requestedBy?: string;
  reason?: string;
}

/** What a finished export's job result records. */
export interface ExportResult {
  blobKey?: string;
  size?: number;
  files?: number;
  missingFiles?: number;
  expiresAt?: string;
  /** When the archive was removed from the store (it expired). */
  removedAt?: string;
}

/** Makes concurrent requests of one person take turns (ends with the transaction). */
export async function lockPersonsExports(tx: Tx, personId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(740216, hashtext(${personId}))`);
}

/** True when the person has an export queued or running. */
export async function hasOpenExport(tx: Tx, personId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, EXPORT_JOB), eq(jobs.createdBy, personId), inArray(jobs.state, ['queued', 'running'])))
    .limit(1);
  return rows.length > 0;
}

/** The times the person asked for exports since `since`, oldest first. */
export async function exportsAskedSince(tx: Tx, personId: string, since: Date): Promise<Date[]> {
  const rows = await tx
    .select({ createdAt: jobs.createdAt })
    .from(jobs)
    .where(and(eq(jobs.kind, EXPORT_JOB), eq(jobs.createdBy, personId), gt(jobs.createdAt, since)))
    .orderBy(jobs.createdAt);
  return rows.map((r) => r.createdAt);
}

/** The person's exports, newest first. */
export async function exportsOf(db: Db | Tx, personId: string, limit: number): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, EXPORT_JOB), eq(jobs.createdBy, personId)))
    .orderBy(desc(jobs.createdAt))
    .limit(limit);
}

/** One export of the person, or undefined (another's, another kind of job, none). */
export async function exportOf(db: Db, personId: string, id: string): Promise<JobRow | undefined> {
  const job = await db.transaction((tx) => findJob(tx, id));
  return job && job.kind === EXPORT_JOB && job.createdBy === personId ? job : undefined;
}

/** Finished exports whose archive is past its time and still in the store. */
export async function expiredExports(db: Db, now: Date, limit: number): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.kind, EXPORT_JOB),
        eq(jobs.state, 'done'),
        isNotNull(jobs.finishedAt),
        sql`${jobs.result}->>'blobKey' is not null`,
        sql`${jobs.result}->>'removedAt' is null`,
        lt(sql`(${jobs.result}->>'expiresAt')::timestamptz`, now),
      ),
    )
    .limit(limit);
}

/** Notes in the export's result that its archive is gone. */
export async function markRemoved(db: Db, id: string, removedAt: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ result: sql`${jobs.result} || ${JSON.stringify({ removedAt: removedAt.toISOString() })}::jsonb` })
    .where(eq(jobs.id, id));
}
