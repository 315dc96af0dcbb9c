import { eq, inArray } from 'drizzle-orm';
import type { Task } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { invalid } from '../../../platform/errors/problem.ts';
import { projectStanding } from '../access.ts';
import { canSeeProject } from '../policy.ts';
import { refreshProject } from '../refresh-project.ts';
import { projects, projectTaskDependencies, projectTasks } from '../tables.ts';
import { taskFor } from './task-access.ts';
import { type TaskRow, taskViews } from './task-view.ts';

/**
 * The chain from `from` back to `to` over existing dependencies (each task waits for the next), if
 * there is one: adding "`to` waits for `from`" would close it into a cycle.
 */
async function pathBetween(tx: Tx, from: string, to: string): Promise<string[] | null> {
  const previous = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const edges = await tx
      .select({ taskId: projectTaskDependencies.taskId, dependsOnId: projectTaskDependencies.dependsOnId })
      .from(projectTaskDependencies)
      .where(inArray(projectTaskDependencies.taskId, frontier));
    const next: string[] = [];
    for (const edge of edges) {
      if (previous.has(edge.dependsOnId)) continue;
      previous.set(edge.dependsOnId, edge.taskId);
      if (edge.dependsOnId === to) {
        const path = [to];
        let at = to;
        while (at !== from) {
          at = previous.get(at) as string;
          path.unshift(at);
        }
        return path;
      }
      next.push(edge.dependsOnId);
    }
    frontier = next;
  }
  return null;
}

/**
 * Sets what the task waits for (finish-to-start), replacing what it waited for. Predecessors may be
 * tasks of other projects the caller sees (a shared expert's task, a joint tender); a dependency that
 * would close a cycle is refused with the cycle named, task by task.
 */
export async function setDependencies(
  db: Db,
  principal: Principal | null,
  id: string,
  dependsOn: readonly string[],
): Promise<Task> {
  return db.transaction(async (tx) => {
    const { task, project } = await taskFor(tx, principal, id, 'work', true);
    const personId = principal?.personId as string;
    const found = dependsOn.length
      ? await tx
          .select({ id: projectTasks.id, title: projectTasks.title, project: projects })
          .from(projectTasks)
          .innerJoin(projects, eq(projects.id, projectTasks.projectId))
          .where(inArray(projectTasks.id, [...dependsOn]))
      : [];
    const byId = new Map(found.map((row) => [row.id, row]));
    const errors = [];
    for (const [index, predecessorId] of dependsOn.entries()) {
      const predecessor = byId.get(predecessorId);
      const sees = predecessor && canSeeProject(await projectStanding(tx, personId, predecessor.project));
      if (!sees) errors.push({ field: `body:/dependsOn/${index}`, message: 'is not a task you can see' });
      else if (predecessorId === task.id)
        errors.push({ field: `body:/dependsOn/${index}`, message: 'is the task itself' });
    }
    if (errors.length > 0) throw invalid(errors);
    for (const [index, predecessorId] of dependsOn.entries()) {
      const cycle = await pathBetween(tx, predecessorId, task.id);
      if (cycle) {
        const titles = await tx
          .select({ id: projectTasks.id, title: projectTasks.title })
          .from(projectTasks)
          .where(inArray(projectTasks.id, cycle));
        const titleOf = new Map(titles.map((t) => [t.id, t.title]));
        const names = [task.id, ...cycle].map((taskId) => `„${titleOf.get(taskId) ?? task.title}“`);
        throw invalid(
          [{ field: `body:/dependsOn/${index}`, message: `would close a cycle: ${names.join(' → ')}` }],
          'Dependency cycle',
        );
      }
    }
    await tx.delete(projectTaskDependencies).where(eq(projectTaskDependencies.taskId, task.id));
    if (dependsOn.length > 0) {
      await tx
        .insert(projectTaskDependencies)
        .values(dependsOn.map((dependsOnId) => ({ taskId: task.id, dependsOnId })));
    }
    await refreshProject(tx, project.id, { kind: 'task', taskId: task.id });
    const [view] = await taskViews(tx, [task as TaskRow]);
    return view as Task;
  });
}
