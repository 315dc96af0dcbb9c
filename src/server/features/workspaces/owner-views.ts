import type { Tx } from '../../platform/db/client.ts';
import { forbidden } from '../../platform/errors/problem.ts';
import { openInvitationsOf } from './invitation-queries.ts';
import { joinRequestViews } from './join-request-views.ts';
import { canInvite, canManage } from './policy.ts';
import { openRequestsOf } from './request-queries.ts';
import { visibleWorkspace } from './standing.ts';

// What only owners see: open join requests and open invitations.

export async function joinRequestsView(tx: Tx, personId: string, workspaceId: string) {
  const { standing } = await visibleWorkspace(tx, personId, workspaceId);
  if (!canManage(standing.role)) throw forbidden('Only owners see join requests.');
  return joinRequestViews(tx, await openRequestsOf(tx, workspaceId));
}

export async function invitationsView(tx: Tx, personId: string, workspaceId: string) {
  const { standing } = await visibleWorkspace(tx, personId, workspaceId);
  if (!canInvite(standing.role)) throw forbidden('Only owners see invitations.');
  return openInvitationsOf(tx, workspaceId);
}
