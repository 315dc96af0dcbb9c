import { eq } from 'drizzle-orm';
import type { HealthLevel, ProjectDetail } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { projectFor } from '../access.ts';
import { announceProjectChange } from '../project-events.ts';
import { projects } from '../tables.ts';
import { projectDetail } from './project-detail.ts';

/**
 * A lead's judgement of the colour, never without a written reason; null takes it back. The computed
 * level and its reasons stay and are shown beside it.
 */
export async function overrideHealth(
  db: Db,
  principal: Principal | null,
  id: string,
  override: { level: HealthLevel; reason: string } | null,
): Promise<ProjectDetail> {
  return db.transaction(async (tx) => {
    const { project, standing } = await projectFor(tx, principal, id, 'manage', true);
    const [row] = await tx
      .update(projects)
      .set(
        override
          ? {
              overrideLevel: override.level,
              overrideReason: override.reason.trim(),
              overrideBy: principal?.personId ?? null,
              overrideAt: new Date(),
            }
          : { overrideLevel: null, overrideReason: null, overrideBy: null, overrideAt: null },
      )
      .where(eq(projects.id, project.id))
      .returning();
    await announceProjectChange(tx, project, { kind: 'project' });
    return projectDetail(tx, row ?? project, standing);
  });
}
