import { and, asc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { workspaceMembers } from '../../workspaces/tables.ts';
import { projectStandings } from '../access.ts';
import { canSeeProject, type ProjectStanding } from '../policy.ts';
import { projectMilestones, projects, projectTaskAssignees, projectTasks } from '../tables.ts';

export interface CalendarEntry {
  /** Stable across reads, so calendar programs update an entry instead of adding another. */
  uid: string;
  date: string;
  summary: string;
  description: string;
  path: string;
}

/** At most this many entries in one feed. */
const ENTRIES_MAX = 2_000;

/**
 * What a person's calendar shows: the due dates of open tasks given to them and the milestones of
 * the projects they see (checked as the app checks them, so a person who left a workspace sees none
 * of its dates); with `projectId`, only that project's.
 */
export async function calendarEntries(tx: Tx, personId: string, projectId?: string): Promise<CalendarEntry[]> {
  const memberships = await tx
    .select({ workspaceId: workspaceMembers.workspaceId })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.personId, personId));
  if (memberships.length === 0) return [];
  const candidates = await tx
    .select()
    .from(projects)
    .where(
      and(
        inArray(
          projects.workspaceId,
          memberships.map((m) => m.workspaceId),
        ),
        ...(projectId ? [eq(projects.id, projectId)] : []),
      ),
    );
  const standings = await projectStandings(tx, personId, candidates);
  const visible = candidates.filter((project) => canSeeProject(standings.get(project.id) as ProjectStanding));
  if (visible.length === 0) return [];
  const nameOf = new Map(visible.map((p) => [p.id, p.name]));
  const ids = visible.map((p) => p.id);
  const [milestones, tasks] = await inTurn([
    tx
      .select()
      .from(projectMilestones)
      .where(inArray(projectMilestones.projectId, ids))
      .orderBy(asc(projectMilestones.date))
      .limit(ENTRIES_MAX),
    tx
      .select({ task: projectTasks })
      .from(projectTaskAssignees)
      .innerJoin(projectTasks, eq(projectTasks.id, projectTaskAssignees.taskId))
      .where(
        and(
          eq(projectTaskAssignees.personId, personId),
          inArray(projectTasks.projectId, ids),
          isNotNull(projectTasks.dueDate),
          ne(projectTasks.state, 'done'),
        ),
      )
      .orderBy(asc(projectTasks.dueDate))
      .limit(ENTRIES_MAX),
  ]);
  return [
    ...milestones.map((m) => ({
      uid: `milestone-${m.id}`,
      date: m.date,
      summary: `◆ ${m.name} – ${nameOf.get(m.projectId) ?? ''}`,
      description: nameOf.get(m.projectId) ?? '',
      path: `/projects/${m.projectId}`,
    })),
    ...tasks.map(({ task }) => ({
      uid: `task-${task.id}`,
      date: task.dueDate as string,
      summary: `${task.title} – ${nameOf.get(task.projectId) ?? ''}`,
      description: task.description.slice(0, 2_000),
      path: `/projects/${task.projectId}/tasks/${task.id}`,
    })),
  ].slice(0, ENTRIES_MAX);
}
