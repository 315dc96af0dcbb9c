import { eq } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { projectFor } from '../access.ts';
import { projectTasks } from '../tables.ts';
import type { TaskRow } from './task-view.ts';

/**
 * The task with its project, for whoever sees (or works on) the project; a task of a project the
 * caller may not see is answered 404, as if it did not exist. With `lock`, the project row is held.
 */
export async function taskFor(tx: Tx, principal: Principal | null, id: string, need: 'see' | 'work', lock = false) {
  if (!principal) throw unauthenticated();
  const [task] = await tx.select().from(projectTasks).where(eq(projectTasks.id, id));
  if (!task) throw notFound('Task');
  try {
    const found = await projectFor(tx, principal, task.projectId, need, lock);
    return { task: task as TaskRow, ...found };
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw notFound('Task');
    throw error;
  }
}
