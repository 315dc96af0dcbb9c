import { eq } from 'drizzle-orm';
import type { HealthThresholdOverrides, WorkspaceHealthThresholds } from '../../../../shared/contracts/portfolio.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { forbidden, invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { visibleWorkspace } from '../../workspaces/standing.ts';
import { DEFAULT_THRESHOLDS } from '../health/thresholds.ts';
import { type HealthThresholdsInput, resolveThresholds } from '../health/thresholds-input.ts';
import { todayInGermany } from '../projects/week.ts';
import { workspaceHealthSettings } from '../tables.ts';
import { openProjectIds, recomputeProjects } from './recompute-projects.ts';

// A workspace's thresholds of the health signals: everyone in the workspace reads them (they explain
// its projects' colours), its owners set them. After a change every project of the workspace that is
// under way is measured by them at once.

async function settingsOf(tx: Tx, workspaceId: string) {
  const [row] = await tx
    .select()
    .from(workspaceHealthSettings)
    .where(eq(workspaceHealthSettings.workspaceId, workspaceId));
  return row ?? null;
}

function answer(
  workspaceId: string,
  settings: { thresholds: unknown; updatedAt: Date } | null,
  canEdit: boolean,
): WorkspaceHealthThresholds {
  const resolved = resolveThresholds(settings?.thresholds ?? null);
  return {
    workspaceId,
    thresholds: resolved.ok ? resolved.thresholds : DEFAULT_THRESHOLDS,
    defaults: DEFAULT_THRESHOLDS,
    overrides: resolved.ok ? ((settings?.thresholds ?? {}) as HealthThresholdOverrides) : {},
    updatedAt: settings?.updatedAt.toISOString() ?? null,
    viewer: { canEdit },
  };
}

/** The workspace, for someone in it (guests too); 401 signed out, 404 for everyone else. */
async function workspaceFor(tx: Tx, principal: Principal | null, id: string, lock = false) {
  if (!principal) throw unauthenticated();
  const { workspace, standing } = await visibleWorkspace(tx, principal.personId, id, { lock });
  if (standing.role === null) throw notFound('Workspace');
  return { workspace, role: standing.role };
}

export async function workspaceThresholds(
  db: Db,
  principal: Principal | null,
  workspaceId: string,
): Promise<WorkspaceHealthThresholds> {
  const { workspace, role } = await workspaceFor(db, principal, workspaceId);
  return answer(workspace.id, await settingsOf(db, workspace.id), role === 'owner');
}

const MESSAGES = { 'invalid-value': 'not a valid threshold', 'amber-above-red': 'amber lies above red' } as const;

/**
 * Replaces the workspace's overrides (owners only; `{}` returns to the defaults) and recomputes the
 * health of its projects under way. Amber above red (also against a default) is refused, naming the group.
 */
export async function setWorkspaceThresholds(
  db: Db,
  principal: Principal | null,
  workspaceId: string,
  input: HealthThresholdsInput,
  today = todayInGermany(),
): Promise<WorkspaceHealthThresholds> {
  const saved = await db.transaction(async (tx) => {
    const { workspace, role } = await workspaceFor(tx, principal, workspaceId, true);
    if (role !== 'owner') throw forbidden('Only the workspace’s owners set its health thresholds.');
    const resolved = resolveThresholds(input);
    if (!resolved.ok) {
      throw invalid(
        resolved.problems.map((p) => ({ field: `body:${p.path}`, message: MESSAGES[p.code] })),
        'Invalid health thresholds',
      );
    }
    const updatedAt = new Date();
    await tx
      .insert(workspaceHealthSettings)
      .values({ workspaceId: workspace.id, thresholds: input, updatedAt })
      .onConflictDoUpdate({ target: workspaceHealthSettings.workspaceId, set: { thresholds: input, updatedAt } });
    return { workspaceId: workspace.id, settings: { thresholds: input, updatedAt } };
  });
  await recomputeProjects(db, await openProjectIds(db, saved.workspaceId), today);
  return answer(saved.workspaceId, saved.settings, true);
}
