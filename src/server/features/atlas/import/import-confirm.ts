import type { ImportJob } from '../../../../shared/contracts/atlas-import.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict, notFound } from '../../../platform/errors/problem.ts';
import { enqueueJob } from '../../../platform/jobs/job-queries.ts';
import { matchRecord, type PlannedRow } from './import-plan.ts';
import { claimImport, findImportHead, plannedKeys, recordsByKeys } from './import-queries.ts';
import { isExpired } from './import-report.ts';

/** The job kind that writes a confirmed import (`import-job.ts`). */
export const IMPORT_JOB = 'atlas.import';

export interface ImportJobPayload {
  /** The confirming admin's address, for the audit entry the job writes at its end. */
  ip: string;
}

export const outdatedTitle = 'The atlas changed since the file was checked; upload it again';

/** A row whose record changed between the check and the write: the import cannot go on. */
export class OutdatedRow extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** Throws `OutdatedRow` for the first row that no longer names the record the check found for it. */
export async function checkMatches(
  tx: Tx,
  rows: Pick<PlannedRow, 'row' | 'title' | 'match' | 'existingId'>[],
): Promise<void> {
  const records = await recordsByKeys(tx, {
    slugs: rows.flatMap((r) => (r.match.slug ? [r.match.slug] : [])),
    externalIds: rows.flatMap((r) => (r.match.externalId ? [r.match.externalId] : [])),
  });
  for (const row of rows) {
    const match = matchRecord(row.match, records);
    if (match.conflict || (match.existing?.id ?? null) !== row.existingId) {
      throw new OutdatedRow(`Row ${row.row} (${row.title}) now names another record.`);
    }
  }
}

/**
 * Confirms a checked import: claims it and asks for the job that writes it (`import-job.ts`), in one
 * transaction, and answers at once. A report whose rows no longer match the atlas is refused here
 * already (409 `import-outdated`); the job checks each chunk again as it writes.
 */
export async function confirmImport(
  deps: Deps,
  actor: { personId: string; ip: string },
  id: string,
): Promise<ImportJob> {
  return deps.db.transaction(async (tx) => {
    const stored = await findImportHead(tx, id);
    if (!stored || isExpired(stored)) throw notFound('Import');
    if (stored.confirmedAt) throw conflict('import-confirmed', 'This import has already been confirmed');
    const rows = await plannedKeys(tx, id);
    if (rows.length === 0 || rows.some((r) => !r.writable)) {
      throw conflict('import-invalid', 'The import has problems; correct the file and upload it again');
    }
    try {
      await checkMatches(tx, rows);
    } catch (error) {
      if (error instanceof OutdatedRow) throw conflict('import-outdated', outdatedTitle, error.detail);
      throw error;
    }
    // Two admins confirming at once: only the first claim succeeds.
    if (!(await claimImport(tx, id))) throw conflict('import-confirmed', 'This import has already been confirmed');
    const payload: ImportJobPayload = { ip: actor.ip };
    await enqueueJob(tx, {
      id,
      kind: IMPORT_JOB,
      payload: { ...payload },
      total: rows.length,
      createdBy: actor.personId,
    });
    return { id, state: 'queued', done: 0, total: rows.length, result: null, failure: null };
  });
}
