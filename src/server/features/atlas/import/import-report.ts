import type {
  ImportFailure,
  ImportJob,
  ImportReport,
  ImportResult,
} from '../../../../shared/contracts/atlas-import.ts';
import type { JobRow } from '../../../platform/jobs/job-queries.ts';
import type { atlasImports } from '../tables.ts';
import type { PlannedRow } from './import-plan.ts';

/** How long a checked import waits for confirmation; older ones are dropped. */
export const IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

export type StoredImport = typeof atlasImports.$inferSelect;

export const plannedRowsOf = (stored: StoredImport) => stored.rows as unknown as PlannedRow[];

export const isExpired = (stored: Pick<StoredImport, 'createdAt'>, now = Date.now()) =>
  now - stored.createdAt.getTime() > IMPORT_TTL_MS;

/** A confirmed import's job as the admin reads it; while a failed import is taken back, its failure shows already. */
export function importJobView(job: JobRow): ImportJob {
  const undoing = (job.checkpoint as { failure?: ImportFailure } | null)?.failure;
  const failure = (job.failure as ImportFailure | null) ?? undoing ?? null;
  return {
    id: job.id,
    state: job.state as ImportJob['state'],
    done: job.done,
    total: job.total,
    result: (job.result as ImportResult | null) ?? null,
    failure: failure
      ? {
          type: failure.type,
          title: failure.title,
          ...(failure.detail ? { detail: failure.detail } : {}),
          kept: failure.kept ?? [],
        }
      : null,
  };
}

/** The report the admin reads: every row with what confirming would do and what is wrong with it. */
export function importReport(stored: StoredImport, job?: JobRow): ImportReport {
  const rows = plannedRowsOf(stored);
  const problems = rows.reduce((sum, r) => sum + r.problems.length, 0);
  return {
    id: stored.id,
    format: stored.format,
    createdAt: stored.createdAt.toISOString(),
    confirmedAt: stored.confirmedAt ? stored.confirmedAt.toISOString() : null,
    valid: rows.length > 0 && problems === 0,
    rows: rows.map((r) => ({ row: r.row, slug: r.slug, title: r.title, action: r.action, problems: r.problems })),
    counts: {
      rows: rows.length,
      create: rows.filter((r) => r.action === 'create').length,
      update: rows.filter((r) => r.action === 'update').length,
      rowsWithProblems: rows.filter((r) => r.problems.length > 0).length,
      problems,
    },
    ignoredColumns: stored.ignoredColumns,
    job: job ? importJobView(job) : null,
  };
}
