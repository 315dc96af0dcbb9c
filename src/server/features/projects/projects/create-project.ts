import type { CreateProjectInput, Project } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { visibleWorkspace } from '../../workspaces/standing.ts';
import { canCreateProject } from '../policy.ts';
import { checkProjectReferences } from '../project-checks.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectPartners, projects } from '../tables.ts';
import { projectViews } from './project-view.ts';
import { todayInGermany } from './week.ts';

/** A new project in the workspace (its owners and members); the creator leads it unless another lead is named. */
export async function createProject(
  db: Db,
  principal: Principal | null,
  workspaceId: string,
  input: CreateProjectInput,
): Promise<Project> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const { workspace, standing } = await visibleWorkspace(tx, principal.personId, workspaceId);
    if (standing.role === null) throw notFound('Workspace');
    if (!canCreateProject(standing.role)) throw forbidden('Only owners and members of the workspace start projects.');
    const leadPersonId = input.leadPersonId === undefined ? principal.personId : input.leadPersonId;
    const partnerIds = input.partnerIds ?? [];
    await checkProjectReferences(tx, workspace.id, { ...input, leadPersonId, partnerIds });
    const id = newId();
    const [row] = await tx
      .insert(projects)
      .values({
        id,
        workspaceId: workspace.id,
        name: input.name.trim(),
        goal: input.goal?.trim() ?? '',
        leadOrganisationId: input.leadOrganisationId ?? workspace.ownerOrganisationId ?? null,
        leadPersonId,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        budgetEuros: input.budgetEuros ?? null,
        status: input.status ?? 'planned',
        cooperationId: input.cooperationId ?? null,
        channelId: input.channelId ?? null,
        createdBy: principal.personId,
      })
      .returning();
    if (partnerIds.length > 0) {
      await tx.insert(projectPartners).values(partnerIds.map((organisationId) => ({ projectId: id, organisationId })));
    }
    const today = todayInGermany();
    const refreshed = await refreshProject(tx, id, { kind: 'project' }, today);
    // The creator's standing, known without asking again.
    const creator = { role: standing.role, readsChannel: false, isLead: leadPersonId === principal.personId };
    const [view] = await projectViews(tx, [refreshed ?? (row as typeof projects.$inferSelect)], () => creator, today);
    return view as Project;
  });
}
