import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { projectFor } from '../access.ts';
import { refreshProject } from '../refresh-project.ts';
import { projectStatusNotes } from '../tables.ts';
import { projectDetail } from './project-detail.ts';

/** A short written status of the project ("Zuschlag im März"); counts as activity. */
export async function addStatusNote(
  db: Db,
  principal: Principal | null,
  id: string,
  text: string,
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { project, standing } = await projectFor(tx, principal, id, 'work', true);
    await tx
      .insert(projectStatusNotes)
      .values({ id: newId(), projectId: project.id, authorId: principal?.personId as string, text: text.trim() });
    const row = await refreshProject(tx, project.id, { kind: 'project' });
    return projectDetail(tx, row ?? project, standing);
  });
}
