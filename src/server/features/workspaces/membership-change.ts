import { audit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/client.ts';
import { emit } from '../../platform/events/outbox.ts';
import { leaveWorkspaceChannels } from '../chat/channels/workspace-channels.ts';
import type { WorkspaceRole } from './membership.ts';
import { deleteMember, insertMember, setMemberRole, type WorkspaceRow } from './queries.ts';
import { closeOpenRequests } from './request-queries.ts';

// Every change of who is in a workspace goes through here, so each one writes its audit entry and
// its realtime event in the caller's transaction.

/** Who performs a change, and from where (for the audit log). */
export interface Actor {
  personId: string;
  ip: string | null;
}

/** How someone came in: founded it, added by an owner, joined on their own, by join request, by invitation. */
export type JoinedVia = 'created' | 'added' | 'joined' | 'join-request' | 'invitation';

function entry(actor: Actor, workspace: WorkspaceRow) {
  return {
    actorId: actor.personId,
    subjectType: 'workspace',
    subjectId: workspace.id,
    organisationId: workspace.ownerOrganisationId,
    ip: actor.ip,
  };
}

/** Adds a member; false (and nothing written) when the person is one already. */
export async function addMembership(
  tx: Tx,
  actor: Actor,
  workspace: WorkspaceRow,
  change: { personId: string; role: WorkspaceRole; via: JoinedVia; details?: Record<string, unknown> },
): Promise<boolean> {
  const added = await insertMember(tx, {
    workspaceId: workspace.id,
    personId: change.personId,
    role: change.role,
    addedBy: actor.personId,
  });
  if (!added) return false;
  await closeOpenRequests(tx, workspace.id, change.personId, actor.personId);
  await audit(tx, {
    ...entry(actor, workspace),
    action: 'workspace.member_added',
    details: {
      workspaceName: workspace.name,
      personId: change.personId,
      role: change.role,
      via: change.via,
      ...change.details,
    },
  });
  await emit(tx, {
    type: 'workspace.member-added',
    payload: { workspaceId: workspace.id, personId: change.personId, role: change.role },
    audience: { kind: 'workspace', workspaceId: workspace.id },
  });
  return true;
}

export async function changeMemberRole(
  tx: Tx,
  actor: Actor,
  workspace: WorkspaceRow,
  change: { personId: string; from: WorkspaceRole; to: WorkspaceRole },
): Promise<void> {
  await setMemberRole(tx, workspace.id, change.personId, change.to);
  await audit(tx, {
    ...entry(actor, workspace),
    action: 'workspace.member_role_changed',
    details: { workspaceName: workspace.name, personId: change.personId, from: change.from, to: change.to },
  });
  await emit(tx, {
    type: 'workspace.member-changed',
    payload: { workspaceId: workspace.id, personId: change.personId, role: change.to },
    audience: { kind: 'workspace', workspaceId: workspace.id },
  });
}

/** Takes a member out of the workspace and its channels (they leave when actor and member are the same). */
export async function removeMembership(
  tx: Tx,
  actor: Actor,
  workspace: WorkspaceRow,
  member: { personId: string; role: WorkspaceRole },
): Promise<void> {
  await deleteMember(tx, workspace.id, member.personId);
  await leaveWorkspaceChannels(tx, workspace.id, member.personId);
  const left = actor.personId === member.personId;
  await audit(tx, {
    ...entry(actor, workspace),
    action: left ? 'workspace.member_left' : 'workspace.member_removed',
    details: { workspaceName: workspace.name, personId: member.personId, role: member.role },
  });
  const payload = { workspaceId: workspace.id, personId: member.personId };
  await emit(tx, {
    type: 'workspace.member-removed',
    payload,
    audience: { kind: 'workspace', workspaceId: workspace.id },
  });
  // No longer a member, so the workspace audience would not reach them: their open tabs are told apart.
  await emit(tx, {
    type: 'workspace.member-removed',
    payload,
    audience: { kind: 'persons', personIds: [member.personId] },
  });
}
