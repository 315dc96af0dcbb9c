import { and, eq, inArray } from 'drizzle-orm';
import type { MyTasksQuery, TaskList } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { projectStandings } from '../access.ts';
import { canSeeProject } from '../policy.ts';
import { projects, projectTaskAssignees, projectTasks } from '../tables.ts';
import { taskOrder } from './list-tasks.ts';
import { type TaskRow, taskViews } from './task-view.ts';

/** At most this many of one person's tasks in one answer. */
const MY_TASKS_MAX = 500;

/**
 * The tasks given to me across all workspaces, open ones unless states are asked for, by due date;
 * only of projects I still see (someone who left a workspace keeps no view of its tasks).
 */
export async function myTasks(db: Db, principal: Principal | null, query: MyTasksQuery): Promise<TaskList> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const states = query.state?.length ? query.state : ['todo', 'in_progress', 'blocked'];
    const rows = await tx
      .select({ task: projectTasks, project: projects })
      .from(projectTaskAssignees)
      .innerJoin(projectTasks, eq(projectTasks.id, projectTaskAssignees.taskId))
      .innerJoin(projects, eq(projects.id, projectTasks.projectId))
      .where(and(eq(projectTaskAssignees.personId, principal.personId), inArray(projectTasks.state, states)))
      .orderBy(...taskOrder(query.sort ?? 'due'))
      .limit(MY_TASKS_MAX);
    const standings = await projectStandings(tx, principal.personId, [
      ...new Map(rows.map((r) => [r.project.id, r.project])).values(),
    ]);
    const sees = new Map([...standings].map(([id, standing]) => [id, canSeeProject(standing)]));
    const visible = rows.filter((r) => sees.get(r.project.id)).map((r) => r.task as TaskRow);
    return { tasks: await taskViews(tx, visible), total: visible.length };
  });
}
