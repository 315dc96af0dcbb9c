import { and, asc, eq, isNull } from 'drizzle-orm';
import type { MyProjects, ProjectStatus } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { workspaceMembers, workspaces } from '../../workspaces/tables.ts';
import { projectStandings } from '../access.ts';
import { canSeeProject, type ProjectStanding } from '../policy.ts';
import { projects } from '../tables.ts';

const NAMES = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/**
 * Every project the caller may see in the workspaces they belong to (archived ones left out), by
 * workspace and name: what a task may wait for across workspaces (a shared expert's task, a joint
 * tender), the project's own access rule deciding for each.
 */
export async function myProjects(db: Db, principal: Principal | null): Promise<MyProjects> {
  if (!principal) throw unauthenticated();
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      status: projects.status,
      workspaceId: projects.workspaceId,
      workspaceName: workspaces.name,
      channelId: projects.channelId,
      leadPersonId: projects.leadPersonId,
    })
    .from(projects)
    .innerJoin(workspaces, eq(workspaces.id, projects.workspaceId))
    .innerJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, projects.workspaceId), eq(workspaceMembers.personId, principal.personId)),
    )
    .where(isNull(workspaces.archivedAt))
    .orderBy(asc(workspaces.name), asc(projects.name));
  const standings = await projectStandings(db, principal.personId, rows);
  return {
    projects: rows
      .filter((row) => canSeeProject(standings.get(row.id) as ProjectStanding))
      .sort((a, b) => NAMES.compare(a.workspaceName, b.workspaceName) || NAMES.compare(a.name, b.name))
      .map((row) => ({
        id: row.id,
        name: row.name,
        status: row.status as ProjectStatus,
        workspace: { id: row.workspaceId, name: row.workspaceName },
      })),
  };
}
