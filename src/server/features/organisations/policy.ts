import { isManualType } from '../../../shared/organisation-types.ts';
import type { Membership, OrganisationRole } from './membership.ts';

/** Who is asking: a signed-in person with their home organisation membership (if any). */
export interface Viewer {
  personId: string;
  isPlatformAdmin: boolean;
  membership: Membership | null;
}

/** The parts of a membership the rules look at. */
export interface MemberState {
  role: OrganisationRole;
  status: 'pending' | 'confirmed';
}

export function isConfirmedMemberOf(viewer: Viewer | null, organisationId: string): boolean {
  return viewer?.membership?.organisationId === organisationId && viewer.membership.status === 'confirmed';
}

export function isAdminOf(viewer: Viewer | null, organisationId: string): boolean {
  return isConfirmedMemberOf(viewer, organisationId) && viewer?.membership?.role === 'admin';
}

/** Edit the profile, set the logo, manage members and e-mail domains: its admins and platform admins. */
export function canManage(viewer: Viewer | null, organisationId: string): boolean {
  return Boolean(viewer?.isPlatformAdmin) || isAdminOf(viewer, organisationId);
}

/** An organisation's people are shown to signed-in people only. */
export function canSeePeople(viewer: Viewer | null): boolean {
  return viewer !== null;
}

/** Registered e-mail domains are shown to those who manage them. */
export function canSeeDomains(viewer: Viewer | null, organisationId: string): boolean {
  return canManage(viewer, organisationId);
}

/** New organisations (those outside the official directory) are added by platform admins. */
export function canCreate(viewer: Viewer | null): boolean {
  return Boolean(viewer?.isPlatformAdmin);
}

/** Only organisations outside the directory may be created by hand. */
export function isCreatableType(type: string): boolean {
  return isManualType(type);
}

/** Directory names are official and stay as they are; others may be renamed by those who manage them. */
export function canRename(viewer: Viewer | null, organisation: { id: string; source: string }): boolean {
  return organisation.source !== 'directory' && canManage(viewer, organisation.id);
}

/** Admins remove or reject members; a person may also leave on their own. */
export function canRemoveMember(viewer: Viewer | null, organisationId: string, personId: string): boolean {
  return canManage(viewer, organisationId) || viewer?.personId === personId;
}

export type MemberChangeRefusal = 'last-admin' | 'not-confirmed' | null;

/**
 * Whether a role change or removal keeps the organisation manageable: the last confirmed admin
 * may be neither demoted nor removed, and only confirmed members may become admins.
 * `confirmedAdmins` counts the organisation's confirmed admins before the change.
 */
export function refuseMemberChange(
  target: MemberState,
  change: { kind: 'role'; role: OrganisationRole } | { kind: 'remove' },
  confirmedAdmins: number,
): MemberChangeRefusal {
  const targetIsAdmin = target.status === 'confirmed' && target.role === 'admin';
  if (change.kind === 'role') {
    if (target.status !== 'confirmed') return 'not-confirmed';
    if (targetIsAdmin && change.role !== 'admin' && confirmedAdmins <= 1) return 'last-admin';
    return null;
  }
  if (targetIsAdmin && confirmedAdmins <= 1) return 'last-admin';
  return null;
}
