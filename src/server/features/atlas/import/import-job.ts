import { performance } from 'node:perf_hooks';
import type { ImportFailure, ImportResult } from '../../../../shared/contracts/atlas-import.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { DatabaseKind, Tx } from '../../../platform/db/client.ts';
import { type JobContext, type JobHandler, JobLost, JobStopped } from '../../../platform/jobs/job-runner.ts';
import { ManySaveRefused, saveCooperations } from '../commands/save-cooperations.ts';
import { indexCooperations, unindexCooperations } from '../search/search-index.ts';
import { checkMatches, type ImportJobPayload, OutdatedRow, outdatedTitle } from './import-confirm.ts';
import type { PlannedRow } from './import-plan.ts';
import { importSize, plannedRowsBetween } from './import-queries.ts';
import {
  deleteCreated,
  forgetWrites,
  nextWrites,
  rememberBefore,
  rememberCreated,
  restoreBefore,
  writtenCounts,
} from './import-writes.ts';

/**
 * How long one chunk's transaction should take, and its most rows. On PGlite every other request
 * waits for the one connection while a chunk writes, so chunks are short there; on PostgreSQL other
 * requests have connections of their own and larger chunks cost less per row.
 */
export const CHUNKS: Record<DatabaseKind, { budgetMs: number; maxRows: number }> = {
  pglite: { budgetMs: 100, maxRows: 250 },
  postgres: { budgetMs: 1_000, maxRows: 500 },
};
const FIRST_CHUNK = 10;
/** Planned rows read at once (each read takes them out of the stored report). */
const READ_SLICE = 500;
/** Records taken back per transaction when an import failed. */
const UNDO_CHUNK = 200;
/** After this many starts (each a process that ended while writing), the import is taken back instead. */
const WRITE_ATTEMPTS = 3;

interface UndoCheckpoint {
  phase: 'undo';
  failure: ImportFailure;
}

/** Rows per chunk, adjusted after each chunk so that one takes about the budget. */
function chunkSizes(kind: DatabaseKind) {
  const { budgetMs, maxRows } = CHUNKS[kind];
  let size = FIRST_CHUNK;
  return {
    next: () => size,
    took(rows: number, ms: number) {
      const fitting = Math.floor((rows * budgetMs) / Math.max(ms, 1));
      size = Math.max(1, Math.min(maxRows, 2 * rows, fitting));
    },
  };
}

/** Writes one chunk: its records in a few statements for all, then the whole chunk's index work at once. */
async function writeChunk(tx: Tx, importId: string, authorId: string | null, rows: PlannedRow[]): Promise<void> {
  await checkMatches(tx, rows);
  await rememberBefore(
    tx,
    importId,
    rows.flatMap((r) => (r.existingId ? [r.existingId] : [])),
  );
  let saved: { id: string }[];
  try {
    saved = await saveCooperations(
      tx,
      rows.map((row) => ({
        input: row.input as NonNullable<PlannedRow['input']>,
        ...(row.existingId ? { existingId: row.existingId } : { state: 'published' as const }),
      })),
      { authorId, action: 'imported', deferIndex: true },
    );
  } catch (error) {
    // What the check let through and a save now refuses (a slug taken meanwhile, a partner gone).
    if (error instanceof ManySaveRefused && error.problem.status < 500) {
      const row = rows[error.index] as PlannedRow;
      throw new OutdatedRow(`Row ${row.row} (${row.title}): ${error.problem.title}.`);
    }
    throw error;
  }
  const written = saved.map((s) => s.id);
  const created = saved.flatMap((s, index) => (rows[index]?.existingId ? [] : [s.id]));
  await rememberCreated(tx, importId, created);
  await indexCooperations(tx, written);
}

/** Writes the rows from where the job stands, chunk by chunk; null when all are in, else why not. */
async function writeAll(deps: Deps, context: JobContext<ImportJobPayload>): Promise<ImportFailure | null> {
  const size = await importSize(deps.db, context.id);
  if (!size) {
    return { type: 'import-failed', title: 'The checked file is no longer kept; upload it again', kept: [] };
  }
  const sizes = chunkSizes(deps.database.kind);
  let at = context.done;
  // Rows are read a slice at a time, shortly before they are written.
  let slice: PlannedRow[] = [];
  let sliceStart = at;
  const rowsFrom = async (from: number, count: number) => {
    if (from < sliceStart || from + count > sliceStart + slice.length) {
      sliceStart = from;
      slice = await plannedRowsBetween(
        deps.db,
        context.id,
        from,
        Math.min(size.rows, from + Math.max(count, READ_SLICE)),
      );
    }
    return slice.slice(from - sliceStart, from - sliceStart + count);
  };
  try {
    while (at < size.rows) {
      const chunk = await rowsFrom(at, Math.min(sizes.next(), size.rows - at));
      // The writing alone is timed: not the commit, nor the pause the step makes for others afterwards.
      let took = 0;
      await context.step(
        async (tx) => {
          const started = performance.now();
          await writeChunk(tx, context.id, context.createdBy, chunk);
          took = performance.now() - started;
        },
        { done: at + chunk.length },
      );
      sizes.took(chunk.length, took);
      at += chunk.length;
    }
    await context.finish(async (tx): Promise<ImportResult> => {
      const counts = await writtenCounts(tx, context.id);
      await audit(tx, {
        actorId: context.createdBy,
        action: 'atlas.imported',
        subjectType: 'atlas-import',
        subjectId: context.id,
        ip: context.payload.ip,
        details: { format: size.format, rows: size.rows, ...counts },
      });
      await forgetWrites(tx, context.id);
      return { id: context.id, ...counts };
    });
    await deps.publisher.flush();
    return null;
  } catch (error) {
    if (error instanceof JobStopped || error instanceof JobLost) throw error;
    if (error instanceof OutdatedRow) {
      return { type: 'import-outdated', title: outdatedTitle, detail: error.detail, kept: [] };
    }
    context.log.error({ err: error, importId: context.id }, 'atlas import failed; taking back what it wrote');
    return { type: 'import-failed', title: 'The import stopped on an error of the server', kept: [] };
  }
}

/**
 * Takes back everything the import wrote, in chunks (a restart goes on where it stopped): created
 * records are deleted with their words in atlas_terms, updated ones get their earlier version back.
 */
async function takeBack(deps: Deps, context: JobContext<ImportJobPayload>, failure: ImportFailure): Promise<void> {
  const counts = await writtenCounts(deps.db, context.id);
  let remaining = counts.created + counts.updated;
  let kept = failure.kept;
  for (;;) {
    const undone = await context.step(
      async (tx) => {
        const next = await nextWrites(tx, context.id, UNDO_CHUNK);
        await unindexCooperations(tx, next.created);
        await deleteCreated(tx, next.created);
        const { restored, kept: keptNow } = await restoreBefore(tx, context.id, next.updated);
        await indexCooperations(tx, restored);
        await forgetWrites(tx, context.id, [...next.created, ...next.updated]);
        return { count: next.created.length + next.updated.length, kept: keptNow };
      },
      (step) => {
        remaining = Math.max(0, remaining - step.count);
        kept = [...kept, ...step.kept];
        const checkpoint: UndoCheckpoint = { phase: 'undo', failure: { ...failure, kept } };
        return { done: remaining, checkpoint: { ...checkpoint } };
      },
    );
    if (undone.count === 0) break;
  }
  await context.fail(async () => ({ ...failure, kept }));
  await deps.publisher.flush();
}

/**
 * The background job of a confirmed import (`import-confirm.ts` asks for it). New records are
 * published at once (an admin imports curated data); updated records keep their workflow state; each
 * save is a revision with the action `imported`. It writes in chunks of its own transactions and
 * yields between them; should a row fail, everything written so far is taken back, so the atlas
 * ends with the whole file or none of it. The audit entry is written with the last chunk.
 */
export function importJob(deps: Deps): JobHandler {
  return async (context: JobContext<ImportJobPayload>) => {
    const checkpoint = context.checkpoint as UndoCheckpoint | null;
    let failure = checkpoint?.phase === 'undo' ? checkpoint.failure : null;
    if (!failure && context.attempt > WRITE_ATTEMPTS) {
      failure = {
        type: 'import-interrupted',
        title: 'The import was interrupted again and again (the server stopped while it ran)',
        kept: [],
      };
    }
    failure ??= await writeAll(deps, context);
    if (failure) await takeBack(deps, context, failure);
  };
}
