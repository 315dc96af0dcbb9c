import type { WorkspaceRole } from './membership.ts';

// Who may do what in a workspace. Decisions beyond the wording:
// - Only owners add, invite or remove people, change roles, edit the workspace and answer join
//   requests. Members and guests may not invite anyone: one rule that is easy to explain and cannot
//   be used to pull outsiders past the owners.
// - Owners choose the role of everyone they add or invite, including `member` (or `owner`) for people
//   of other organisations. Whoever joins on their own (directly, or by an accepted join request)
//   gets `member` when they belong to the owning organisation or alliance and `guest` otherwise.
// - With `platform` visibility, people of the owner may still join directly; everyone else asks.
// - The last owner cannot leave, be removed or be demoted: someone must always be able to manage it.
// - A declined join request stays declined: the person cannot ask again (owners may still invite them),
//   so owners are not asked the same question over and over.

export type Visibility = 'members' | 'owner' | 'platform';
export const VISIBILITIES: readonly Visibility[] = ['members', 'owner', 'platform'];
export const ROLES: readonly WorkspaceRole[] = ['owner', 'member', 'guest'];

/** How one signed-in person (or nobody) stands towards one workspace. */
export interface Standing {
  signedIn: boolean;
  role: WorkspaceRole | null;
  /** A confirmed member of the owning organisation, or of an organisation in the owning alliance. */
  ofOwner: boolean;
  /** Their latest join request, if any. */
  request: 'open' | 'declined' | 'accepted' | null;
}

/** Creating a workspace for an organisation or alliance takes being one of its people. */
export function canCreateFor(ofOwner: boolean): boolean {
  return ofOwner;
}

/** Who learns that the workspace exists: members; the owner's people unless it is invitation-only; everyone signed in when it is platform-wide. */
export function canSeeWorkspace(visibility: Visibility, s: Standing): boolean {
  if (s.role !== null) return true;
  if (!s.signedIn) return false;
  if (visibility === 'platform') return true;
  return visibility === 'owner' && s.ofOwner;
}

/** Members, channels and everything inside are for members (guests included). */
export function canSeeInside(s: Standing): boolean {
  return s.role !== null;
}

export function canJoin(visibility: Visibility, s: Standing): boolean {
  return s.signedIn && s.role === null && s.ofOwner && visibility !== 'members';
}

export function canRequestToJoin(visibility: Visibility, s: Standing): boolean {
  return (
    s.signedIn &&
    s.role === null &&
    !s.ofOwner &&
    visibility === 'platform' &&
    s.request !== 'open' &&
    s.request !== 'declined'
  );
}

/** Editing, inviting, adding and removing people, changing roles, answering join requests. */
export function canManage(role: WorkspaceRole | null): boolean {
  return role === 'owner';
}

export function canInvite(role: WorkspaceRole | null): boolean {
  return canManage(role);
}

/** A member leaves on their own; only owners take others out. */
export function canRemoveMember(actor: { personId: string; role: WorkspaceRole | null }, targetId: string): boolean {
  if (actor.role === null) return false;
  return actor.personId === targetId || canManage(actor.role);
}

/** The role of someone who joins on their own (directly or by an accepted request). */
export function roleOnJoining(ofOwner: boolean): WorkspaceRole {
  return ofOwner ? 'member' : 'guest';
}

/**
 * Whether a change leaves the workspace without an owner: the target is the only owner and would
 * be removed (`nextRole` null) or get another role.
 */
export function losesLastOwner(ownerCount: number, targetRole: WorkspaceRole, nextRole: WorkspaceRole | null): boolean {
  return targetRole === 'owner' && nextRole !== 'owner' && ownerCount <= 1;
}

/** What the workspace page offers the viewer. */
export function viewerRights(visibility: Visibility, s: Standing) {
  return {
    role: s.role,
    canInvite: canInvite(s.role),
    canManage: canManage(s.role),
    canJoin: canJoin(visibility, s),
    canRequest: canRequestToJoin(visibility, s),
    requestPending: s.role === null && s.request === 'open',
    canLeave: s.role !== null,
  };
}
