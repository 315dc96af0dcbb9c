import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { isWriteConflict } from '../../../platform/errors/write-conflict.ts';
import { announceProjectChange } from '../project-events.ts';
import { recomputeHealth } from '../refresh-project.ts';
import { projects } from '../tables.ts';

/** Projects recomputed per transaction: short, so that on PGlite other requests get their turn in between. */
const BATCH = 25;

/** Done and stopped projects have no health to recompute (their level is none). */
export const CLOSED_STATUSES = ['done', 'stopped'];

/** The projects under way (not done or stopped), of one workspace or of all, by ID. */
export async function openProjectIds(db: Db, workspaceId?: string): Promise<string[]> {
  const rows = await db
    .select({ id: projects.id })
    .from(projects)
    .where(
      and(
        notInArray(projects.status, CLOSED_STATUSES),
        workspaceId ? eq(projects.workspaceId, workspaceId) : undefined,
      ),
    )
    .orderBy(asc(projects.id));
  return rows.map((row) => row.id);
}

export interface Recomputed {
  recomputed: number;
  /** Projects whose level changed (their viewers were told). */
  changed: number;
}

export interface RecomputeOptions {
  /** Runs after each committed batch with the number of projects done so far (the daily run renews its claim). */
  afterBatch?: (done: number) => Promise<void>;
  /**
   * Batches computed at once, each in a transaction of its own: on PostgreSQL the round trips of one
   * batch overlap with another's; PGlite has one connection, so 1 there.
   */
  parallel?: number;
}

/** Attempts of one batch that lost a race (a deadlock with a change locking the same projects in another order). */
const ATTEMPTS = 3;

/**
 * Computes the health of the projects as of `today`, a batch per transaction with each project's row
 * locked as a change to it would lock it; a project whose colour changed is announced to its viewers
 * and, when it turned worse, its lead and the workspace's owners are told why (refresh-project.ts).
 */
export async function recomputeProjects(
  db: Db,
  ids: readonly string[],
  today: string,
  options: RecomputeOptions = {},
): Promise<Recomputed> {
  const total: Recomputed = { recomputed: 0, changed: 0 };
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let batch = batches[next++]; batch; batch = batches[next++]) {
      const counted = await recomputeBatch(db, batch, today);
      total.recomputed += counted.recomputed;
      total.changed += counted.changed;
      done += batch.length;
      await options.afterBatch?.(done);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, worker));
  return total;
}

async function recomputeBatch(db: Db, ids: readonly string[], today: string): Promise<Recomputed> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction(async (tx) => {
        const counted: Recomputed = { recomputed: 0, changed: 0 };
        const rows = await tx
          .select()
          .from(projects)
          .where(inArray(projects.id, [...ids]))
          .orderBy(asc(projects.id))
          .for('update');
        for (const row of rows) {
          const after = await recomputeHealth(tx, row, today);
          counted.recomputed += 1;
          if (after.healthLevel !== row.healthLevel) {
            counted.changed += 1;
            await announceProjectChange(tx, after, { kind: 'project' });
          }
        }
        return counted;
      });
    } catch (err) {
      if (attempt >= ATTEMPTS || !isWriteConflict(err)) throw err;
    }
  }
}
