import type { Tx } from '../../platform/db/client.ts';
import { inTurn } from '../../platform/db/in-turn.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { workspaceRole } from './membership.ts';
import { isOfOwner } from './owner.ts';
import { canSeeWorkspace, type Standing } from './policy.ts';
import { findWorkspace, lockWorkspace, type WorkspaceRow } from './queries.ts';
import { latestRequest } from './request-queries.ts';

/** How the person (null: signed out) stands towards the workspace: role, whether they are the owner's, their join request. */
export async function standingOf(tx: Tx, personId: string | null, workspace: WorkspaceRow): Promise<Standing> {
  if (!personId) return { signedIn: false, role: null, ofOwner: false, request: null };
  const [role, ofOwner, request] = await inTurn([
    () => workspaceRole(tx, workspace.id, personId),
    () => isOfOwner(tx, personId, workspace),
    () => latestRequest(tx, workspace.id, personId),
  ]);
  return { signedIn: true, role, ofOwner, request: role === null ? (request?.status ?? null) : null };
}

/**
 * The workspace with the person's standing; 404 when it does not exist or the person may not know it
 * does. With `lock`, the row is held against concurrent membership changes until the transaction ends.
 */
export async function visibleWorkspace(
  tx: Tx,
  personId: string | null,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ workspace: WorkspaceRow; standing: Standing }> {
  const workspace = options.lock ? await lockWorkspace(tx, id) : await findWorkspace(tx, id);
  if (!workspace) throw notFound('Workspace');
  const standing = await standingOf(tx, personId, workspace);
  if (!canSeeWorkspace(workspace.visibility, standing)) throw notFound('Workspace');
  return { workspace, standing };
}
