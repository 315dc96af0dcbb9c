import { and, arrayContains, asc, desc, eq, inArray, isNotNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { TaskList, TaskListQuery } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { projectFor } from '../access.ts';
import { todayInGermany } from '../projects/week.ts';
import { projectTaskAssignees, projectTasks } from '../tables.ts';
import { type TaskRow, taskViews } from './task-view.ts';

/** At most this many tasks in one answer (a board of a large project). */
export const TASKS_MAX = 2_000;

const PRIORITY_ORDER = sql`case ${projectTasks.priority} when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

/** The order a list asks for; `board` is column by column, each card in its place. */
export function taskOrder(sort: TaskListQuery['sort']): SQL[] {
  switch (sort) {
    case 'due':
      return [sql`${projectTasks.dueDate} asc nulls last`, asc(projectTasks.title), asc(projectTasks.id)];
    case 'priority':
      return [PRIORITY_ORDER, sql`${projectTasks.dueDate} asc nulls last`, asc(projectTasks.id)];
    case 'updated':
      return [desc(projectTasks.updatedAt), asc(projectTasks.id)];
    case 'title':
      return [asc(projectTasks.title), asc(projectTasks.id)];
    default:
      return [asc(projectTasks.state), asc(projectTasks.position), asc(projectTasks.createdAt), asc(projectTasks.id)];
  }
}

/** The filters of a task list as conditions. */
export function taskFilters(query: TaskListQuery): SQL[] {
  const today = todayInGermany();
  return [
    ...(query.state?.length ? [inArray(projectTasks.state, query.state)] : []),
    ...(query.label ? [arrayContains(projectTasks.labels, [query.label])] : []),
    ...(query.milestone ? [eq(projectTasks.milestoneId, query.milestone)] : []),
    ...(query.overdue
      ? [and(isNotNull(projectTasks.dueDate), lt(projectTasks.dueDate, today), ne(projectTasks.state, 'done')) as SQL]
      : []),
    ...(query.assignee
      ? [
          inArray(
            projectTasks.id,
            sql`(select ${projectTaskAssignees.taskId} from ${projectTaskAssignees} where ${projectTaskAssignees.personId} = ${query.assignee})`,
          ),
        ]
      : []),
  ];
}

/** A project's tasks for the board and the list, filtered and sorted (whoever sees the project). */
export async function listTasks(
  db: Db,
  principal: Principal | null,
  projectId: string,
  query: TaskListQuery,
): Promise<TaskList> {
  return db.transaction(async (tx) => {
    const { project } = await projectFor(tx, principal, projectId, 'see');
    const where = and(eq(projectTasks.projectId, project.id), ...taskFilters(query));
    const rows = await tx
      .select()
      .from(projectTasks)
      .where(where)
      .orderBy(...taskOrder(query.sort))
      .limit(TASKS_MAX);
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(projectTasks).where(where);
    return { tasks: await taskViews(tx, rows as TaskRow[]), total: count?.n ?? 0 };
  });
}
