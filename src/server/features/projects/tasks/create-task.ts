import type { CreateTaskInput, Task } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { projectFor } from '../access.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectTaskAssignees, projectTasks } from '../tables.ts';
import { bottomOf } from './board-position.ts';
import { checkTaskReferences } from './task-checks.ts';
import { type TaskRow, taskViews } from './task-view.ts';

/** A new task at the bottom of its column (whoever works on the project). */
export async function createTask(
  db: Db,
  principal: Principal | null,
  projectId: string,
  input: CreateTaskInput,
): Promise<Task> {
  return db.transaction(async (tx) => {
    const { project } = await projectFor(tx, principal, projectId, 'work', true);
    await checkTaskReferences(tx, project, input);
    const state = input.state ?? 'todo';
    const now = new Date();
    const [row] = await tx
      .insert(projectTasks)
      .values({
        id: newId(),
        projectId: project.id,
        milestoneId: input.milestoneId ?? null,
        title: input.title.trim(),
        description: input.description ?? '',
        state,
        blockedReason: state === 'blocked' ? (input.blockedReason?.trim() ?? null) : null,
        blockedSince: state === 'blocked' ? now : null,
        priority: input.priority ?? 'normal',
        labels: [...new Set((input.labels ?? []).map((l) => l.trim()).filter(Boolean))],
        checklist: input.checklist ?? [],
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        estimateHours: input.estimateHours ?? null,
        position: await bottomOf(tx, project.id, state),
        doneAt: state === 'done' ? now : null,
        createdBy: principal?.personId as string,
      })
      .returning();
    const task = row as TaskRow;
    if (input.assigneeIds?.length) {
      await tx
        .insert(projectTaskAssignees)
        .values(input.assigneeIds.map((personId) => ({ taskId: task.id, personId })));
    }
    await refreshProject(tx, project.id, { kind: 'task', taskId: task.id });
    const [view] = await taskViews(tx, [task]);
    return view as Task;
  });
}
