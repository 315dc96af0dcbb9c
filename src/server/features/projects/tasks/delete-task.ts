import { eq } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { projectsWaitingFor, refreshProject, refreshWaiting } from '../refresh-project.ts';
import { projectTasks } from '../tables.ts';
import { taskFor } from './task-access.ts';

/** Deletes a task with its comments; tasks that waited for it no longer do. */
export async function deleteTask(db: Db, principal: Principal | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { task, project } = await taskFor(tx, principal, id, 'work', true);
    // Projects that waited for it no longer do: they are found before the dependency rows go with it.
    const waiting = await projectsWaitingFor(tx, [task.id], project.id);
    await tx.delete(projectTasks).where(eq(projectTasks.id, task.id));
    await refreshProject(tx, project.id, { kind: 'task', taskId: task.id });
    await refreshWaiting(tx, waiting);
  });
}
