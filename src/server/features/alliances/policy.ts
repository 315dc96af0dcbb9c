import type { OrganisationRole } from '../../../shared/contracts/accounts.ts';
import type { AllianceMembership } from './queries.ts';

/** Who is looking: a signed-in person with their confirmed home organisation (null when none or pending). */
export interface Viewer {
  personId: string;
  isPlatformAdmin: boolean;
  organisation: { id: string; role: OrganisationRole } | null;
}

/** The organisation the viewer administers, if any. */
export function administeredOrganisation(viewer: Viewer | null): string | null {
  return viewer?.organisation?.role === 'admin' ? viewer.organisation.id : null;
}

/** Creating an alliance takes an organisation admin: their organisation becomes its first member. */
export function canCreateAlliance(viewer: Viewer | null): boolean {
  return administeredOrganisation(viewer) !== null;
}

/** Where the viewer's organisation stands in the alliance. */
export function statusOf(viewer: Viewer | null, memberships: AllianceMembership[]) {
  const organisationId = viewer?.organisation?.id;
  if (!organisationId) return null;
  return memberships.find((m) => m.organisationId === organisationId)?.status ?? null;
}

function administersMember(viewer: Viewer | null, memberships: AllianceMembership[]): boolean {
  const own = administeredOrganisation(viewer);
  return own !== null && memberships.some((m) => m.organisationId === own && m.status === 'member');
}

/** Editing the profile, inviting and withdrawing invitations: admins of member organisations and platform admins. */
export function canManageAlliance(viewer: Viewer | null, memberships: AllianceMembership[]): boolean {
  return Boolean(viewer?.isPlatformAdmin) || administersMember(viewer, memberships);
}

/**
 * Which invitations the viewer may see: all of them for those who manage the alliance; an invited
 * organisation's admins only their own, so outsiders do not learn whom else the alliance courts.
 */
export function visibleInvitations<T extends AllianceMembership>(viewer: Viewer | null, memberships: T[]): T[] {
  const invitations = memberships.filter((m) => m.status === 'invited');
  if (canManageAlliance(viewer, memberships)) return invitations;
  const own = administeredOrganisation(viewer);
  return invitations.filter((m) => m.organisationId === own);
}

/** Accepting or declining takes an admin of the invited organisation: joining needs both sides. */
export function canAnswerInvitation(viewer: Viewer | null, organisationId: string): boolean {
  return administeredOrganisation(viewer) === organisationId;
}

/** Leaving: an admin of the member organisation itself. */
export function canLeave(viewer: Viewer | null, memberships: AllianceMembership[]): boolean {
  return administersMember(viewer, memberships);
}

/**
 * Whether the viewer may end the target's place in the alliance: a member leaves by its own admin
 * (or is removed by a platform admin); an invitation is withdrawn by whoever manages the alliance.
 */
export function canRemove(viewer: Viewer | null, memberships: AllianceMembership[], target: AllianceMembership) {
  if (target.status === 'member') {
    return Boolean(viewer?.isPlatformAdmin) || administeredOrganisation(viewer) === target.organisationId;
  }
  return canManageAlliance(viewer, memberships);
}

/** What the alliance page offers the viewer. */
export function viewerRights(viewer: Viewer | null, memberships: AllianceMembership[]) {
  const status = statusOf(viewer, memberships);
  const manage = canManageAlliance(viewer, memberships);
  return {
    status: status === 'invited' && !administeredOrganisation(viewer) ? null : status,
    canEdit: manage,
    canInvite: manage,
    canLeave: canLeave(viewer, memberships),
    canAcceptInvitation: status === 'invited' && canAnswerInvitation(viewer, viewer?.organisation?.id ?? ''),
    canRemoveMembers: Boolean(viewer?.isPlatformAdmin),
  };
}
