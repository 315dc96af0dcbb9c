import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Task } from '../../../../shared/contracts/projects.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import {
  projects,
  projectTaskAssignees,
  projectTaskAttachments,
  projectTaskComments,
  projectTaskDependencies,
  projectTasks,
} from '../tables.ts';

export type TaskRow = typeof projectTasks.$inferSelect;

/** Tasks as the board, the lists and the detail show them, in a fixed number of queries however many. */
export async function taskViews(tx: Tx, rows: readonly TaskRow[]): Promise<Task[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const projectIds = [...new Set(rows.map((r) => r.projectId))];
  const [owners, assignees, predecessors, comments, attachments] = await inTurn([
    tx
      .select({ id: projects.id, name: projects.name, workspaceId: projects.workspaceId })
      .from(projects)
      .where(inArray(projects.id, projectIds)),
    tx
      .select({ taskId: projectTaskAssignees.taskId, id: persons.id, name: persons.name })
      .from(projectTaskAssignees)
      .innerJoin(persons, eq(persons.id, projectTaskAssignees.personId))
      .where(inArray(projectTaskAssignees.taskId, ids))
      .orderBy(asc(persons.name)),
    tx
      .select({
        taskId: projectTaskDependencies.taskId,
        id: projectTasks.id,
        title: projectTasks.title,
        state: projectTasks.state,
        dueDate: projectTasks.dueDate,
        projectId: projectTasks.projectId,
        projectName: projects.name,
      })
      .from(projectTaskDependencies)
      .innerJoin(projectTasks, eq(projectTasks.id, projectTaskDependencies.dependsOnId))
      .innerJoin(projects, eq(projects.id, projectTasks.projectId))
      .where(inArray(projectTaskDependencies.taskId, ids))
      .orderBy(asc(projectTasks.title)),
    tx
      .select({ taskId: projectTaskComments.taskId, n: sql<number>`count(*)::int` })
      .from(projectTaskComments)
      .where(inArray(projectTaskComments.taskId, ids))
      .groupBy(projectTaskComments.taskId),
    tx
      .select({ taskId: projectTaskAttachments.taskId, n: sql<number>`count(*)::int` })
      .from(projectTaskAttachments)
      .where(inArray(projectTaskAttachments.taskId, ids))
      .groupBy(projectTaskAttachments.taskId),
  ]);
  const projectOf = new Map(owners.map((p) => [p.id, p]));
  const commentsOf = new Map(comments.map((c) => [c.taskId, c.n]));
  const attachmentsOf = new Map(attachments.map((a) => [a.taskId, a.n]));
  return rows.map((row) => ({
    id: row.id,
    projectId: row.projectId,
    projectName: projectOf.get(row.projectId)?.name ?? '',
    workspaceId: projectOf.get(row.projectId)?.workspaceId ?? '',
    title: row.title,
    description: row.description,
    state: row.state as Task['state'],
    blockedReason: row.blockedReason,
    blockedSince: row.blockedSince?.toISOString() ?? null,
    priority: row.priority as Task['priority'],
    labels: row.labels,
    checklist: row.checklist as Task['checklist'],
    startDate: row.startDate,
    dueDate: row.dueDate,
    estimateHours: row.estimateHours,
    milestoneId: row.milestoneId,
    assignees: assignees.filter((a) => a.taskId === row.id).map(({ id, name }) => ({ id, name })),
    dependsOn: predecessors
      .filter((p) => p.taskId === row.id)
      .map(({ id, title, state, dueDate, projectId, projectName }) => ({
        id,
        title,
        state: state as Task['state'],
        dueDate,
        projectId,
        projectName,
      })),
    position: row.position,
    doneAt: row.doneAt?.toISOString() ?? null,
    commentCount: commentsOf.get(row.id) ?? 0,
    attachmentCount: attachmentsOf.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}
