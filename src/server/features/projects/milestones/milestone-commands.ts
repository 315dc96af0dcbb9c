import { and, eq } from 'drizzle-orm';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { projectFor } from '../access.ts';
import { projectDetail } from '../projects/project-detail.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectMilestones } from '../tables.ts';

/** The milestone's project, for whoever works on it; 404 for a milestone the caller may not see. */
async function milestoneFor(tx: Tx, principal: Principal | null, id: string) {
  if (!principal) throw unauthenticated();
  const [milestone] = await tx.select().from(projectMilestones).where(eq(projectMilestones.id, id));
  if (!milestone) throw notFound('Milestone');
  try {
    return { milestone, ...(await projectFor(tx, principal, milestone.projectId, 'work', true)) };
  } catch (error) {
    // A milestone of a project the caller may not see does not exist for them.
    if ((error as { status?: number }).status === 404) throw notFound('Milestone');
    throw error;
  }
}

export async function createMilestone(
  db: Db,
  principal: Principal | null,
  projectId: string,
  input: { name: string; date: string },
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { project, standing } = await projectFor(tx, principal, projectId, 'work', true);
    await tx
      .insert(projectMilestones)
      .values({ id: newId(), projectId: project.id, name: input.name.trim(), date: input.date });
    const row = await refreshProject(tx, project.id, { kind: 'milestone' });
    return projectDetail(tx, row ?? project, standing);
  });
}

/** Renames, moves or marks a milestone reached (`done`), or not reached again. */
export async function updateMilestone(
  db: Db,
  principal: Principal | null,
  id: string,
  input: { name?: string; date?: string; done?: boolean },
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { milestone, project, standing } = await milestoneFor(tx, principal, id);
    await tx
      .update(projectMilestones)
      .set({
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.date !== undefined ? { date: input.date } : {}),
        ...(input.done !== undefined ? { doneAt: input.done ? (milestone.doneAt ?? new Date()) : null } : {}),
      })
      .where(and(eq(projectMilestones.id, milestone.id)));
    const row = await refreshProject(tx, project.id, { kind: 'milestone' });
    return projectDetail(tx, row ?? project, standing);
  });
}

/** Deletes a milestone; its tasks stay, without a milestone. */
export async function deleteMilestone(db: Db, principal: Principal | null, id: string): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { milestone, project, standing } = await milestoneFor(tx, principal, id);
    await tx.delete(projectMilestones).where(eq(projectMilestones.id, milestone.id));
    const row = await refreshProject(tx, project.id, { kind: 'milestone' });
    return projectDetail(tx, row ?? project, standing);
  });
}
