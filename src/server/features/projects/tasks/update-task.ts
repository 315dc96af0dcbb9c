import { eq } from 'drizzle-orm';
import type { Task, UpdateTaskInput } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectTaskAssignees, projectTasks } from '../tables.ts';
import { bottomOf, makeRoom } from './board-position.ts';
import { taskFor } from './task-access.ts';
import { checkTaskReferences } from './task-checks.ts';
import { type TaskRow, taskViews } from './task-view.ts';

/**
 * Changes a task: its fields, its state (done records when; blocked needs a reason and records since
 * when; leaving blocked forgets both) and its place on the board (`position` in its column; a new
 * state without a position puts it at the bottom of that column). Assignees are replaced as a whole.
 */
export async function updateTask(
  db: Db,
  principal: Principal | null,
  id: string,
  input: UpdateTaskInput,
): Promise<Task> {
  return db.transaction(async (tx) => {
    const { task, project } = await taskFor(tx, principal, id, 'work', true);
    await checkTaskReferences(tx, project, input, task);
    const { assigneeIds, position, state, blockedReason, title, labels, ...fields } = input;
    const nextState = state ?? task.state;
    const now = new Date();
    const moved = state !== undefined && state !== task.state;
    let place = task.position;
    if (position !== undefined) {
      place = position;
      await makeRoom(tx, project.id, nextState, position, task.id);
    } else if (moved) {
      place = await bottomOf(tx, project.id, nextState);
    }
    const [row] = await tx
      .update(projectTasks)
      .set({
        ...fields,
        ...(title !== undefined ? { title: title.trim() } : {}),
        ...(labels !== undefined ? { labels: [...new Set(labels.map((l) => l.trim()).filter(Boolean))] } : {}),
        state: nextState,
        position: place,
        doneAt: nextState === 'done' ? (task.doneAt ?? now) : null,
        blockedSince: nextState === 'blocked' ? (task.state === 'blocked' ? task.blockedSince : now) : null,
        blockedReason:
          nextState === 'blocked'
            ? blockedReason === undefined
              ? task.blockedReason
              : (blockedReason?.trim() ?? null)
            : null,
        updatedAt: now,
      })
      .where(eq(projectTasks.id, task.id))
      .returning();
    if (assigneeIds !== undefined) {
      await tx.delete(projectTaskAssignees).where(eq(projectTaskAssignees.taskId, task.id));
      if (assigneeIds.length > 0) {
        await tx.insert(projectTaskAssignees).values(assigneeIds.map((personId) => ({ taskId: task.id, personId })));
      }
    }
    await refreshProject(tx, project.id, { kind: 'task', taskId: task.id });
    const [view] = await taskViews(tx, [row as TaskRow]);
    return view as Task;
  });
}
