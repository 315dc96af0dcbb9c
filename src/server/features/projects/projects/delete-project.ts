import { eq } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { projectFor } from '../access.ts';
import { announceProjectChange } from '../project-events.ts';
import { projects } from '../tables.ts';

/** Deletes a project with its milestones, tasks and baselines (its lead and the workspace's owners). */
export async function deleteProject(db: Db, principal: Principal | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { project } = await projectFor(tx, principal, id, 'manage', true);
    // Announced before the row goes: delivery asks who may see the project, and afterwards nobody may.
    await announceProjectChange(tx, project, { kind: 'deleted' });
    await tx.delete(projects).where(eq(projects.id, project.id));
  });
}
