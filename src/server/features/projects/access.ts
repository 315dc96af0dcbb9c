import { eq } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { loadAccess } from '../chat/access.ts';
import { canRead } from '../chat/policy.ts';
import { workspaceRole } from '../workspaces/membership.ts';
import { canManageProject, canSeeProject, canWorkOnProject, type ProjectStanding } from './policy.ts';
import { projects } from './tables.ts';

export type ProjectRow = typeof projects.$inferSelect;

/** How the person stands towards the project (see policy.ts). */
export async function projectStanding(tx: Tx, personId: string, project: ProjectRow): Promise<ProjectStanding> {
  const role = await workspaceRole(tx, project.workspaceId, personId);
  let readsChannel = false;
  if (role === 'guest' && project.channelId) {
    const access = await loadAccess(tx, project.channelId, personId);
    readsChannel = access !== null && canRead(access);
  }
  return { role, readsChannel, isLead: project.leadPersonId === personId };
}

/**
 * The project with the caller's standing. Signed out: 401. A project the caller may not see: 404, as
 * if it did not exist. `work` and `manage` refuse those who see it but may not do that with 403.
 * With `lock`, the row is held until the transaction ends (changes to one project run one at a time).
 */
export async function projectFor(
  tx: Tx,
  principal: Principal | null,
  id: string,
  need: 'see' | 'work' | 'manage',
  lock = false,
): Promise<{ project: ProjectRow; standing: ProjectStanding }> {
  if (!principal) throw unauthenticated();
  const query = tx.select().from(projects).where(eq(projects.id, id));
  const [project] = lock ? await query.for('update') : await query;
  const standing = project ? await projectStanding(tx, principal.personId, project) : null;
  if (!project || !standing || !canSeeProject(standing)) throw notFound('Project');
  if (need === 'work' && !canWorkOnProject(standing)) throw forbidden('Only people who see the project work on it.');
  if (need === 'manage' && !canManageProject(standing)) {
    throw forbidden('Only the project’s lead and the workspace’s owners change its settings.');
  }
  return { project, standing };
}

/** Whether the person may see the project now (realtime deliveries ask it for every event). */
export async function maySeeProject(tx: Tx, personId: string, projectId: string): Promise<boolean> {
  const [project] = await tx.select().from(projects).where(eq(projects.id, projectId));
  return project ? canSeeProject(await projectStanding(tx, personId, project)) : false;
}
