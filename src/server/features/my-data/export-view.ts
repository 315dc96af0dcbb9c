import type { DataExport } from '../../../shared/contracts/my-data.ts';
import type { JobRow } from '../../platform/jobs/job-queries.ts';
import type { ExportPayload, ExportResult } from './export-queries.ts';

/** How a job row is shown to its owner: `expired` once its archive's time is past (or it was removed). */
export function exportView(job: JobRow, now = new Date()): DataExport {
  const result = (job.result ?? {}) as ExportResult;
  const expired =
    job.state === 'done' &&
    (result.removedAt !== undefined || (result.expiresAt ? new Date(result.expiresAt) <= now : false));
  const state = expired ? 'expired' : (job.state as 'queued' | 'running' | 'done' | 'failed');
  return {
    id: job.id,
    state,
    done: job.done,
    total: job.total,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: result.expiresAt ?? null,
    size: state === 'done' ? (result.size ?? null) : null,
    onRequest: Boolean((job.payload as ExportPayload | null)?.requestedBy),
  };
}
