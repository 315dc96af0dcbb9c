import { and, eq, gte, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { projectTasks } from '../tables.ts';

/** The place at the bottom of a board column. */
export async function bottomOf(tx: Tx, projectId: string, state: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${projectTasks.position}) + 1, 0)::int` })
    .from(projectTasks)
    .where(and(eq(projectTasks.projectId, projectId), eq(projectTasks.state, state)));
  return row?.next ?? 0;
}

/** Makes room at `position` in a column: the cards from there down move one place (the moved card aside). */
export async function makeRoom(tx: Tx, projectId: string, state: string, position: number, taskId: string) {
  await tx
    .update(projectTasks)
    .set({ position: sql`${projectTasks.position} + 1` })
    .where(
      and(
        eq(projectTasks.projectId, projectId),
        eq(projectTasks.state, state),
        gte(projectTasks.position, position),
        ne(projectTasks.id, taskId),
      ),
    );
}
