import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { newId } from '../../platform/db/ids.ts';
import { conflict, TooManyRequests } from '../../platform/errors/problem.ts';
import { enqueueJob, type JobRow } from '../../platform/jobs/job-queries.ts';
import {
  EXPORT_JOB,
  type ExportPayload,
  exportsAskedSince,
  exportsOf,
  hasOpenExport,
  lockPersonsExports,
} from './export-queries.ts';
import { EXPORTS_PER_DAY } from './limits.ts';
import { DATA_PARTS } from './parts/all-parts.ts';

const DAY_MS = 24 * 60 * 60_000;

/** A platform admin preparing the export on the person's request, with the written reason. */
export interface OnRequest {
  adminId: string;
  reason: string;
  ip: string | null;
}

/**
 * Asks for an export of everything the platform holds about the person, prepared by a background job.
 * One at a time (409 while one is queued or running) and a few per 24 hours (429 with the seconds until
 * the oldest of them leaves the window), whoever asks. The person's requests take turns, so two at once
 * make one job. An admin's request on the person's behalf is audited in the same transaction.
 */
export async function startExport(
  deps: Deps,
  personId: string,
  onRequest?: OnRequest,
  now = new Date(),
): Promise<JobRow> {
  return deps.db.transaction(async (tx) => {
    await lockPersonsExports(tx, personId);
    if (await hasOpenExport(tx, personId)) {
      throw conflict('export-running', 'An export is being prepared', 'Wait until it is ready.');
    }
    const asked = await exportsAskedSince(tx, personId, new Date(now.getTime() - DAY_MS));
    if (asked.length >= EXPORTS_PER_DAY) {
      const oldest = asked[asked.length - EXPORTS_PER_DAY] as Date;
      throw new TooManyRequests(Math.max(1, Math.ceil((oldest.getTime() + DAY_MS - now.getTime()) / 1000)));
    }
    const id = newId();
    const payload: ExportPayload & Record<string, unknown> = onRequest
      ? { requestedBy: onRequest.adminId, reason: onRequest.reason }
      : {};
    // One step per area, and one for the files and the archive.
    await enqueueJob(tx, { id, kind: EXPORT_JOB, payload, total: DATA_PARTS.length + 1, createdBy: personId });
    if (onRequest) {
      await audit(tx, {
        actorId: onRequest.adminId,
        action: 'account.data_export_requested',
        subjectType: 'person',
        subjectId: personId,
        ip: onRequest.ip,
        details: { exportId: id, reason: onRequest.reason },
      });
    }
    const [job] = await exportsOf(tx, personId, 1);
    return job as NonNullable<typeof job>;
  });
}
