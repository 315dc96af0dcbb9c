import type { ImportResult } from '../../../../shared/contracts/atlas-import.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, notFound, Problem } from '../../../platform/errors/problem.ts';
import { saveCooperation } from '../commands/save-cooperation.ts';
import { matchRecord, type PlannedRow } from './import-plan.ts';
import { claimImport, findImport, recordsByKeys } from './import-queries.ts';
import { isExpired, plannedRowsOf } from './import-report.ts';

const outdated = (detail: string) =>
  conflict('import-outdated', 'The atlas changed since the file was checked; upload it again', detail);

/**
 * Writes a checked import: every row in one transaction, so either the whole file is in the atlas or
 * none of it. New records are published at once (an admin imports curated data); updated records
 * keep their workflow state. Each save is a revision with the action `imported`.
 */
export async function confirmImport(deps: Deps, actor: { personId: string; ip: string }, id: string) {
  const result = await deps.db.transaction(async (tx): Promise<ImportResult> => {
    const stored = await findImport(tx, id);
    if (!stored || isExpired(stored)) throw notFound('Import');
    if (stored.confirmedAt) throw conflict('import-confirmed', 'This import has already been confirmed');
    const rows = plannedRowsOf(stored);
    if (rows.length === 0 || rows.some((r) => r.problems.length > 0 || !r.input)) {
      throw conflict('import-invalid', 'The import has problems; correct the file and upload it again');
    }
    // Two admins confirming at once: only the first claim succeeds.
    if (!(await claimImport(tx, id))) throw conflict('import-confirmed', 'This import has already been confirmed');

    const records = await recordsByKeys(tx, {
      slugs: rows.flatMap((r) => (r.match.slug ? [r.match.slug] : [])),
      externalIds: rows.flatMap((r) => (r.match.externalId ? [r.match.externalId] : [])),
    });
    const written: PlannedRow[] = [];
    for (const row of rows) {
      const match = matchRecord(row.match, records);
      const existingId = match.existing?.id ?? null;
      if (match.conflict || existingId !== row.existingId) {
        throw outdated(`Row ${row.row} (${row.title}) now names another record.`);
      }
      try {
        await saveCooperation(tx, row.input as NonNullable<PlannedRow['input']>, {
          authorId: actor.personId,
          action: 'imported',
          ...(existingId ? { existingId } : { state: 'published' as const }),
        });
      } catch (error) {
        if (error instanceof Problem && error.status < 500) {
          throw outdated(`Row ${row.row} (${row.title}): ${error.title}.`);
        }
        throw error;
      }
      written.push(row);
    }
    const created = written.filter((r) => r.action === 'create').length;
    const updated = written.length - created;
    await audit(tx, {
      actorId: actor.personId,
      action: 'atlas.imported',
      subjectType: 'atlas-import',
      subjectId: id,
      ip: actor.ip,
      details: { format: stored.format, rows: rows.length, created, updated },
    });
    return { id, created, updated };
  });
  await deps.publisher.flush();
  return result;
}
