import { eq } from 'drizzle-orm';
import type { ProjectDetail, UpdateProjectInput } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { projectFor } from '../access.ts';
import { checkProjectReferences } from '../project-checks.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectPartners, projects } from '../tables.ts';
import { projectDetail } from './project-detail.ts';

/** Changes a project's settings (its lead and the workspace's owners); partners are replaced as a whole. */
export async function updateProject(
  db: Db,
  principal: Principal | null,
  id: string,
  input: UpdateProjectInput,
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { project, standing } = await projectFor(tx, principal, id, 'manage', true);
    await checkProjectReferences(tx, project.workspaceId, input, project);
    const { partnerIds, ...fields } = input;
    await tx
      .update(projects)
      .set({
        ...fields,
        ...(fields.name !== undefined ? { name: fields.name.trim() } : {}),
        ...(fields.goal !== undefined ? { goal: fields.goal.trim() } : {}),
      })
      .where(eq(projects.id, project.id));
    if (partnerIds !== undefined) {
      await tx.delete(projectPartners).where(eq(projectPartners.projectId, project.id));
      if (partnerIds.length > 0) {
        await tx
          .insert(projectPartners)
          .values(partnerIds.map((organisationId) => ({ projectId: project.id, organisationId })));
      }
    }
    const row = await refreshProject(tx, project.id, { kind: 'project' });
    const isLead = (row?.leadPersonId ?? null) === (principal?.personId ?? null);
    return projectDetail(tx, row ?? project, { ...standing, isLead });
  });
}
