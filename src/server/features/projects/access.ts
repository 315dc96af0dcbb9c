import { and, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { loadAccess } from '../chat/access.ts';
import { type ChannelKind, canRead } from '../chat/policy.ts';
import { channelMembers, channels } from '../chat/tables.ts';
import { type WorkspaceRole, workspaceRole } from '../workspaces/membership.ts';
import { workspaceMembers } from '../workspaces/tables.ts';
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
 * The person's standing in each of many projects, in two queries however many (lists, my tasks, the
 * calendar): their roles in the projects' workspaces, and for a guest whether they read each
 * project's channel, decided by the chat's own rule.
 */
export async function projectStandings(
  tx: Tx,
  personId: string,
  rows: readonly Pick<ProjectRow, 'id' | 'workspaceId' | 'channelId' | 'leadPersonId'>[],
): Promise<Map<string, ProjectStanding>> {
  const workspaceIds = [...new Set(rows.map((row) => row.workspaceId))];
  const roles = new Map<string, WorkspaceRole>();
  if (workspaceIds.length > 0) {
    const found = await tx
      .select({ workspaceId: workspaceMembers.workspaceId, role: workspaceMembers.role })
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.personId, personId), inArray(workspaceMembers.workspaceId, workspaceIds)));
    for (const row of found) roles.set(row.workspaceId, row.role as WorkspaceRole);
  }
  const guestChannels = [
    ...new Set(
      rows
        .filter((row) => row.channelId && roles.get(row.workspaceId) === 'guest')
        .map((row) => row.channelId as string),
    ),
  ];
  const read = new Set<string>();
  if (guestChannels.length > 0) {
    const found = await tx
      .select({ channel: channels, added: channelMembers.added })
      .from(channels)
      .leftJoin(channelMembers, and(eq(channelMembers.channelId, channels.id), eq(channelMembers.personId, personId)))
      .where(inArray(channels.id, guestChannels));
    for (const { channel, added } of found) {
      const access = {
        channel: { ...channel, kind: channel.kind as ChannelKind },
        role: 'guest' as const,
        membership: added === null ? null : { added },
      };
      if (canRead(access)) read.add(channel.id);
    }
  }
  return new Map(
    rows.map((row) => {
      const role = roles.get(row.workspaceId) ?? null;
      const readsChannel = role === 'guest' && row.channelId !== null && read.has(row.channelId);
      return [row.id, { role, readsChannel, isLead: row.leadPersonId === personId }];
    }),
  );
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
