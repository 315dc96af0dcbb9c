import { sql } from 'drizzle-orm';
import type {
  DirectoryImportResult,
  DirectoryPreview,
  DirectoryStatus,
} from '../../../../../shared/contracts/directory-import.ts';
import type { Deps } from '../../../../deps.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import type { Tx } from '../../../../platform/db/client.ts';
import { conflict, Problem } from '../../../../platform/errors/problem.ts';
import { lockDirectory } from '../directory-loader.ts';
import { applyDirectoryPlan } from './apply.ts';
import { DirectoryFileError } from './destatis.ts';
import { planDirectoryUpdate } from './plan.ts';
import { countsOf, fingerprintOf, previewOf } from './preview.ts';
import { currentDirectory, directoryCounts, directoryState, saveDirectoryState } from './queries.ts';
import { readOfficialFile } from './read-file.ts';

/** A file that cannot be read: 400 naming the line at fault, so the admin can look at it. */
export function unreadableFile(error: DirectoryFileError): Problem {
  return new Problem(400, `directory-${error.code}`, 'The file cannot be read', error.message, [
    { field: '/content', message: error.message },
  ]);
}

function read(content: string) {
  try {
    return readOfficialFile(content);
  } catch (error) {
    if (error instanceof DirectoryFileError) throw unreadableFile(error);
    throw error;
  }
}

async function planFor(tx: Tx, content: string) {
  const file = read(content);
  const current = await currentDirectory(tx);
  // Official points are not the directory's centroids: only new rows take them.
  const plan = planDirectoryUpdate(current, file.entries, { positions: 'keep' });
  return { file, current, plan };
}

/** The directory's data state and size, for the admin page. */
export async function directoryStatus(deps: Deps): Promise<DirectoryStatus> {
  const [state, counts] = await Promise.all([directoryState(deps.db), directoryCounts(deps.db)]);
  return {
    stand: state?.stand ?? null,
    source: state?.source ?? null,
    updatedAt: state?.updatedAt ?? null,
    organisations: counts.active,
    dissolved: counts.dissolved,
  };
}

/** What importing the file would change; writes nothing. */
export async function previewDirectoryFile(deps: Deps, content: string): Promise<DirectoryPreview> {
  const { file, current, plan } = await planFor(deps.db, content);
  return previewOf(file, current, plan, (await directoryState(deps.db))?.stand ?? null);
}

/**
 * Imports the file as previewed, in one transaction under the directory's lock: refused (409) when
 * the directory changed since, so the admin never confirms what they did not see. Audited.
 */
export async function importDirectoryFile(
  deps: Deps,
  actor: { personId: string; ip: string },
  input: { content: string; fingerprint: string },
): Promise<DirectoryImportResult> {
  const result = await deps.db.transaction(async (tx) => {
    await lockDirectory(tx);
    const { file, current, plan } = await planFor(tx, input.content);
    if (fingerprintOf(plan) !== input.fingerprint) {
      throw conflict('directory-changed', 'The directory changed since the preview; preview the file again');
    }
    await applyDirectoryPlan(tx, current, plan, file.stand);
    const before = await directoryState(tx);
    await saveDirectoryState(tx, {
      stand: file.stand,
      source: file.source,
      fileHash: before?.fileHash ?? null,
      updatedAt: new Date().toISOString(),
    });
    const counts = countsOf(plan);
    await audit(tx, {
      actorId: actor.personId,
      action: 'directory.imported',
      subjectType: 'directory',
      ip: actor.ip,
      details: { format: file.format, stand: file.stand, source: file.source, ...counts },
    });
    return { stand: file.stand, counts };
  });
  await deps.db.execute(sql`analyze organisations`);
  return result;
}
