import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
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

/**
 * Computes the health of the projects as of `today`, a batch per transaction with each project's row
 * locked as a change to it would lock it; a project whose colour changed is announced to its viewers
 * and, when it turned worse, its lead and the workspace's owners are told why (refresh-project.ts).
 * `afterBatch` runs after each committed batch (the daily run renews its claim there).
 */
export async function recomputeProjects(
  db: Db,
  ids: readonly string[],
  today: string,
  afterBatch?: (done: number) => Promise<void>,
): Promise<Recomputed> {
  let recomputed = 0;
  let changed = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(projects)
        .where(inArray(projects.id, chunk))
        .orderBy(asc(projects.id))
        .for('update');
      for (const row of rows) {
        const after = await recomputeHealth(tx, row, today);
        recomputed += 1;
        if (after.healthLevel !== row.healthLevel) {
          changed += 1;
          await announceProjectChange(tx, after, { kind: 'project' });
        }
      }
    });
    await afterBatch?.(Math.min(i + BATCH, ids.length));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { recomputed, changed };
}
