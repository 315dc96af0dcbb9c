import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { type FieldError, invalid } from '../../../platform/errors/problem.ts';
import { workspaceMembers } from '../../workspaces/tables.ts';
import { type ProjectRow, projectStanding } from '../access.ts';
import { canSeeProject } from '../policy.ts';
import { projectMilestones } from '../tables.ts';

/** What a task's input names, as sent (undefined: unchanged). */
export interface TaskReferences {
  startDate?: string | null;
  dueDate?: string | null;
  milestoneId?: string | null;
  assigneeIds?: readonly string[];
  state?: string;
  blockedReason?: string | null;
}

/**
 * Refuses a task that names what does not fit (400, one error per field): a due date before the start,
 * a milestone of another project, assignees who cannot see the project, blocked without a reason.
 */
export async function checkTaskReferences(
  tx: Tx,
  project: ProjectRow,
  input: TaskReferences,
  current: { startDate: string | null; dueDate: string | null; state: string; blockedReason: string | null } = {
    startDate: null,
    dueDate: null,
    state: 'todo',
    blockedReason: null,
  },
): Promise<void> {
  const errors: FieldError[] = [];
  const start = input.startDate === undefined ? current.startDate : input.startDate;
  const due = input.dueDate === undefined ? current.dueDate : input.dueDate;
  if (start && due && due < start) errors.push({ field: 'body:/dueDate', message: 'must not be before the start' });
  const state = input.state ?? current.state;
  const reason = input.blockedReason === undefined ? current.blockedReason : input.blockedReason;
  if (state === 'blocked' && !reason?.trim()) {
    errors.push({ field: 'body:/blockedReason', message: 'must say why the task is blocked' });
  }
  if (input.milestoneId) {
    const [milestone] = await tx
      .select({ id: projectMilestones.id })
      .from(projectMilestones)
      .where(and(eq(projectMilestones.id, input.milestoneId), eq(projectMilestones.projectId, project.id)));
    if (!milestone) errors.push({ field: 'body:/milestoneId', message: 'is not a milestone of the project' });
  }
  if (input.assigneeIds && input.assigneeIds.length > 0) {
    const members = new Set(
      (
        await tx
          .select({ personId: workspaceMembers.personId })
          .from(workspaceMembers)
          .where(
            and(
              eq(workspaceMembers.workspaceId, project.workspaceId),
              inArray(workspaceMembers.personId, [...input.assigneeIds]),
            ),
          )
      ).map((m) => m.personId),
    );
    for (const [index, personId] of input.assigneeIds.entries()) {
      const sees = members.has(personId) && canSeeProject(await projectStanding(tx, personId, project));
      if (!sees) errors.push({ field: `body:/assigneeIds/${index}`, message: 'must be someone who sees the project' });
    }
  }
  if (errors.length > 0) throw invalid(errors);
}
