import { and, eq, isNotNull } from 'drizzle-orm';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { projectFor } from '../access.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectBaselineDates, projectBaselines, projectMilestones, projectTasks } from '../tables.ts';
import { projectDetail } from './project-detail.ts';

/**
 * Freezes the plan under a name ("Plan v2, Kreistag 2026-03"): every milestone's date and every task's
 * due date as they are now. Later dates are measured against the newest baseline.
 */
export async function createBaseline(
  db: Db,
  principal: Principal | null,
  id: string,
  name: string,
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { project, standing } = await projectFor(tx, principal, id, 'manage', true);
    const baselineId = newId();
    await tx
      .insert(projectBaselines)
      .values({ id: baselineId, projectId: project.id, name: name.trim(), createdBy: principal?.personId as string });
    const [milestones, tasks] = await inTurn([
      tx
        .select({ id: projectMilestones.id, date: projectMilestones.date })
        .from(projectMilestones)
        .where(eq(projectMilestones.projectId, project.id)),
      tx
        .select({ id: projectTasks.id, date: projectTasks.dueDate })
        .from(projectTasks)
        .where(and(eq(projectTasks.projectId, project.id), isNotNull(projectTasks.dueDate))),
    ]);
    const dates = [
      ...milestones.map((m) => ({ baselineId, kind: 'milestone', itemId: m.id, date: m.date })),
      ...tasks.map((t) => ({ baselineId, kind: 'task', itemId: t.id, date: t.date as string })),
    ];
    if (dates.length > 0) await tx.insert(projectBaselineDates).values(dates);
    const row = await refreshProject(tx, project.id, { kind: 'project' });
    return projectDetail(tx, row ?? project, standing);
  });
}
