import type { ImportReport, ImportUpload } from '../../../../shared/contracts/atlas-import.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { ImportFileError } from './import-csv.ts';
import { parseImportFile } from './import-parse.ts';
import { planImport } from './import-plan.ts';
import { discardImportsBefore, insertImport } from './import-queries.ts';
import { IMPORT_TTL_MS, importReport } from './import-report.ts';

/** A file the import cannot read: 400 with the line at fault, so the admin can find it in an editor. */
export function unreadableFile(error: ImportFileError): Problem {
  return new Problem(400, `import-${error.code}`, 'The file cannot be read', error.message, [
    { field: '/content', message: error.message },
  ]);
}

/**
 * Checks an uploaded file and keeps the result for confirmation. Nothing is written to the atlas:
 * the report says for every row whether it would create or update a record and what is wrong.
 */
export async function checkImport(deps: Deps, actorId: string, upload: ImportUpload): Promise<ImportReport> {
  let file: ReturnType<typeof parseImportFile>;
  try {
    file = parseImportFile(upload.format, upload.content);
  } catch (error) {
    if (error instanceof ImportFileError) throw unreadableFile(error);
    throw error;
  }
  if (file.rows.length === 0) {
    throw unreadableFile(new ImportFileError('no-rows', 'the file has no data rows'));
  }
  // Planned outside a transaction: checking thousands of rows takes seconds, and on PGlite a transaction
  // would hold everyone's connection meanwhile. Confirming checks the rows' records again.
  const rows = await planImport(deps.db, file);
  const stored = await deps.db.transaction(async (tx) => {
    await discardImportsBefore(tx, new Date(Date.now() - IMPORT_TTL_MS));
    return insertImport(tx, {
      id: newId(),
      createdBy: actorId,
      format: upload.format,
      rows: rows as unknown as Record<string, unknown>[],
      ignoredColumns: file.ignoredColumns,
    });
  });
  return importReport(stored);
}
