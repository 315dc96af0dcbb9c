import { and, desc, eq, inArray, ne, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { inTurn } from '../../platform/db/in-turn.ts';
import { notify } from '../notifications/notify.ts';
import { workspaceMembers } from '../workspaces/tables.ts';
import type { ProjectRow } from './access.ts';
import { computeHealth } from './health/compute-health.ts';
import { DEFAULT_THRESHOLDS } from './health/thresholds.ts';
import { resolveThresholds } from './health/thresholds-input.ts';
import type { CrossProjectDependency, HealthInput, ProjectHealth, ProjectStatus } from './health/types.ts';
import { announceProjectChange } from './project-events.ts';
import { todayInGermany } from './projects/week.ts';
import {
  projectBaselineDates,
  projectBaselines,
  projectMilestones,
  projectStatusNotes,
  projects,
  projectTaskDependencies,
  projectTasks,
  workspaceHealthSettings,
} from './tables.ts';

export type ProjectChange = { kind: 'project' | 'task' | 'milestone'; taskId?: string } | { kind: 'daily' };

const dayOf = (time: Date | null) => (time ? todayInGermany(time) : null);

/** Everything the health of one project is computed from, as the library reads it (health/types.ts). */
async function healthInput(tx: Tx, project: ProjectRow, today: string): Promise<HealthInput> {
  const [tasks, milestones, baseline, note, dependencies] = await inTurn([
    tx
      .select({
        id: projectTasks.id,
        name: projectTasks.title,
        startDate: projectTasks.startDate,
        dueDate: projectTasks.dueDate,
        doneAt: projectTasks.doneAt,
        blockedSince: projectTasks.blockedSince,
        state: projectTasks.state,
      })
      .from(projectTasks)
      .where(eq(projectTasks.projectId, project.id)),
    tx
      .select({
        id: projectMilestones.id,
        name: projectMilestones.name,
        date: projectMilestones.date,
        doneAt: projectMilestones.doneAt,
      })
      .from(projectMilestones)
      .where(eq(projectMilestones.projectId, project.id)),
    tx
      .select({ id: projectBaselines.id, name: projectBaselines.name })
      .from(projectBaselines)
      .where(eq(projectBaselines.projectId, project.id))
      .orderBy(desc(projectBaselines.createdAt))
      .limit(1),
    tx
      .select({ at: sql<Date | null>`max(${projectStatusNotes.createdAt})` })
      .from(projectStatusNotes)
      .where(eq(projectStatusNotes.projectId, project.id)),
    () => crossProjectDependencies(tx, project.id),
  ]);
  const current = baseline[0];
  const baselineDates = current
    ? await tx
        .select({ milestoneId: projectBaselineDates.itemId, date: projectBaselineDates.date })
        .from(projectBaselineDates)
        .where(and(eq(projectBaselineDates.baselineId, current.id), eq(projectBaselineDates.kind, 'milestone')))
    : [];
  const noteAt = note[0]?.at;
  return {
    today,
    project: {
      id: project.id,
      name: project.name,
      status: project.status as ProjectStatus,
      createdOn: dayOf(project.createdAt) ?? today,
      startDate: project.startDate,
      endDate: project.endDate,
      lastActivityOn: dayOf(project.lastActivityAt),
      lastStatusNoteOn: noteAt ? dayOf(new Date(noteAt)) : null,
    },
    tasks: tasks.map((task) => ({
      id: task.id,
      name: task.name,
      startDate: task.startDate,
      dueDate: task.dueDate,
      doneOn: dayOf(task.doneAt),
      blockedSince: task.state === 'blocked' ? dayOf(task.blockedSince) : null,
    })),
    milestones: milestones.map((m) => ({ id: m.id, name: m.name, date: m.date, doneOn: dayOf(m.doneAt) })),
    baseline: current ? { id: current.id, name: current.name, milestones: baselineDates } : null,
    dependencies,
  };
}

/** Tasks of other projects that this project's tasks wait for (finish-to-start). */
async function crossProjectDependencies(tx: Tx, projectId: string): Promise<CrossProjectDependency[]> {
  const rows = await tx
    .select({
      taskId: projectTaskDependencies.taskId,
      id: sql<string>`p.id`,
      name: sql<string>`p.title`,
      projectId: sql<string>`p.project_id`,
      projectName: sql<string>`pp.name`,
      dueDate: sql<string | null>`p.due_date::text`,
      doneAt: sql<Date | null>`p.done_at`,
    })
    .from(projectTaskDependencies)
    .innerJoin(projectTasks, eq(projectTasks.id, projectTaskDependencies.taskId))
    .innerJoin(sql`project_tasks p`, sql`p.id = ${projectTaskDependencies.dependsOnId}`)
    .innerJoin(sql`projects pp`, sql`pp.id = p.project_id`)
    .where(and(eq(projectTasks.projectId, projectId), sql`p.project_id <> ${projectId}`));
  return rows.map((row) => ({
    taskId: row.taskId,
    predecessor: {
      id: row.id,
      name: row.name,
      projectId: row.projectId,
      projectName: row.projectName,
      dueDate: row.dueDate,
      doneOn: row.doneAt ? dayOf(new Date(row.doneAt)) : null,
      forecastOn: null,
    },
  }));
}

async function thresholdsOf(tx: Tx, workspaceId: string) {
  const [settings] = await tx
    .select({ thresholds: workspaceHealthSettings.thresholds })
    .from(workspaceHealthSettings)
    .where(eq(workspaceHealthSettings.workspaceId, workspaceId));
  const resolved = resolveThresholds(settings?.thresholds ?? null);
  return resolved.ok ? resolved.thresholds : DEFAULT_THRESHOLDS;
}

/** The project's health as of `today`, written to its row; the row as it is now. */
export async function recomputeHealth(tx: Tx, project: ProjectRow, today: string): Promise<ProjectRow> {
  const health = computeHealth(await healthInput(tx, project, today), await thresholdsOf(tx, project.workspaceId));
  const [row] = await tx
    .update(projects)
    .set({ healthLevel: health.level, healthReasons: health.reasons, healthComputedAt: new Date() })
    .where(eq(projects.id, project.id))
    .returning();
  await warnIfWorse(tx, project, health);
  return row as ProjectRow;
}

const RANK = { none: -1, green: 0, amber: 1, red: 2 } as const;

/** When a project turns amber or red (or from amber to red), its lead and the workspace's owners hear why. */
async function warnIfWorse(tx: Tx, before: ProjectRow, health: ProjectHealth): Promise<void> {
  const was = RANK[before.healthLevel as keyof typeof RANK] ?? 0;
  if (health.level !== 'amber' && health.level !== 'red') return;
  if (RANK[health.level] <= was) return;
  const owners = await tx
    .select({ personId: workspaceMembers.personId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, before.workspaceId), eq(workspaceMembers.role, 'owner')));
  const recipients = [...owners.map((o) => o.personId), ...(before.leadPersonId ? [before.leadPersonId] : [])];
  await notify(tx, recipients, {
    kind: 'project-health',
    data: { projectName: before.name, level: health.level, reason: health.reasons[0] ?? null },
    link: `/projects/${before.id}`,
  });
}

/**
 * After any change to a project: its last activity moves (not for the daily run), its health is
 * computed again, and so is that of every other project whose tasks wait for this one's (their
 * cross-project reasons may have changed); everyone looking hears of it once committed.
 */
export async function refreshProject(
  tx: Tx,
  projectId: string,
  change: ProjectChange,
  today = todayInGermany(),
): Promise<ProjectRow | null> {
  const [project] =
    change.kind === 'daily'
      ? await tx.select().from(projects).where(eq(projects.id, projectId))
      : await tx
          .update(projects)
          .set({ lastActivityAt: new Date(), updatedAt: change.kind === 'project' ? new Date() : undefined })
          .where(eq(projects.id, projectId))
          .returning();
  if (!project) return null;
  const row = await recomputeHealth(tx, project, today);
  if (change.kind === 'daily') return row;
  await announceProjectChange(tx, row, change);
  await refreshWaiting(
    tx,
    await projectsWaitingFor(
      tx,
      tx.select({ id: projectTasks.id }).from(projectTasks).where(eq(projectTasks.projectId, projectId)),
      projectId,
    ),
    today,
  );
  return row;
}

/** Projects other than `except` with tasks that wait for one of `taskIds` (finish-to-start). */
export async function projectsWaitingFor(
  tx: Tx,
  taskIds: readonly string[] | SQLWrapper,
  except: string,
): Promise<string[]> {
  if (Array.isArray(taskIds) && taskIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ projectId: projectTasks.projectId })
    .from(projectTaskDependencies)
    .innerJoin(projectTasks, eq(projectTasks.id, projectTaskDependencies.taskId))
    .where(and(inArray(projectTaskDependencies.dependsOnId, taskIds as string[]), ne(projectTasks.projectId, except)));
  return rows.map((row) => row.projectId);
}

/** Computes the health of projects whose cross-project reasons may have changed, and tells their viewers. */
export async function refreshWaiting(tx: Tx, projectIds: readonly string[], today = todayInGermany()) {
  for (const id of projectIds) {
    const [other] = await tx.select().from(projects).where(eq(projects.id, id));
    if (other) {
      const refreshed = await recomputeHealth(tx, other, today);
      await announceProjectChange(tx, refreshed, { kind: 'project' });
    }
  }
}
