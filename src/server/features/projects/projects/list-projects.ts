import { asc, eq } from 'drizzle-orm';
import type { ProjectList } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { visibleWorkspace } from '../../workspaces/standing.ts';
import { projectStandings } from '../access.ts';
import { canSeeProject, type ProjectStanding } from '../policy.ts';
import { projects } from '../tables.ts';
import { projectViews } from './project-view.ts';
import { todayInGermany } from './week.ts';

/** The projects of a workspace the caller may see (guests: those of channels they read), by name. */
export async function listProjects(db: Db, principal: Principal | null, workspaceId: string): Promise<ProjectList> {
  if (!principal) throw unauthenticated();
  const { workspace, standing } = await visibleWorkspace(db, principal.personId, workspaceId);
  if (standing.role === null) throw notFound('Workspace');
  const rows = await db
    .select()
    .from(projects)
    .where(eq(projects.workspaceId, workspace.id))
    .orderBy(asc(projects.name));
  const standings = await projectStandings(db, principal.personId, rows);
  const visible = rows.filter((row) => canSeeProject(standings.get(row.id) as ProjectStanding));
  return {
    projects: await projectViews(db, visible, (row) => standings.get(row.id) as ProjectStanding, todayInGermany()),
  };
}
