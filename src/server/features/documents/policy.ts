import type { SpaceRights } from '../../../shared/contracts/documents.ts';
import type { OrganisationRole } from '../organisations/membership.ts';
import type { WorkspaceRole } from '../workspaces/membership.ts';

/**
 * How a person stands towards a document space:
 * - a workspace: their role in it (guests read, members write, owners manage); an archived
 *   workspace's files are read only;
 * - an organisation: their confirmed membership (members write, admins manage);
 * - an alliance: their confirmed home organisation's membership in it (its people write, its
 *   admins manage).
 */
export type SpaceStanding =
  | { kind: 'workspace'; role: WorkspaceRole | null; archived: boolean }
  | { kind: 'organisation'; role: OrganisationRole | null }
  | { kind: 'alliance'; role: OrganisationRole | null };

const NONE = null;

/** What the standing allows; null when the person may not even see the space (it answers 404). */
export function rightsOf(standing: SpaceStanding): SpaceRights | null {
  const role = standing.role;
  if (role === null) return NONE;
  if (standing.kind === 'workspace') {
    if (standing.archived) return { read: true, write: false, manage: false };
    return { read: true, write: role !== 'guest', manage: role === 'owner' };
  }
  return { read: true, write: true, manage: role === 'admin' };
}

/** A lock ends by its owner, or by who manages the space (a colleague who left for holidays). */
export function canRelease(rights: SpaceRights, lockOwnerId: string, personId: string): boolean {
  return lockOwnerId === personId || rights.manage;
}

/** Purging from the trash before its time: those who manage the space. */
export function canPurge(rights: SpaceRights): boolean {
  return rights.manage;
}

/** Withdrawing an approval request: who asked for it, or who manages the space. */
export function canWithdrawApproval(rights: SpaceRights, requestedBy: string, personId: string): boolean {
  return requestedBy === personId || rights.manage;
}
