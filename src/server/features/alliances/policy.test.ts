import { describe, expect, it } from 'vitest';
import {
  canAnswerInvitation,
  canCreateAlliance,
  canLeave,
  canManageAlliance,
  canRemove,
  type Viewer,
  viewerRights,
  visibleInvitations,
} from './policy.ts';
import type { AllianceMembership } from './queries.ts';

const viewer = (organisation: Viewer['organisation'], isPlatformAdmin = false): Viewer => ({
  personId: 'p',
  isPlatformAdmin,
  organisation,
});
const memberAdmin = viewer({ id: 'member-org', role: 'admin' });
const memberPlain = viewer({ id: 'member-org', role: 'member' });
const invitedAdmin = viewer({ id: 'invited-org', role: 'admin' });
const invitedPlain = viewer({ id: 'invited-org', role: 'member' });
const otherInvitedAdmin = viewer({ id: 'other-invited-org', role: 'admin' });
const outsiderAdmin = viewer({ id: 'outsider-org', role: 'admin' });
const platformAdmin = viewer(null, true);
const homeless = viewer(null);

const memberships: AllianceMembership[] = [
  { organisationId: 'member-org', status: 'member' },
  { organisationId: 'second-member-org', status: 'member' },
  { organisationId: 'invited-org', status: 'invited' },
  { organisationId: 'other-invited-org', status: 'invited' },
];
const member = memberships[1] as AllianceMembership;
const ownMembership = memberships[0] as AllianceMembership;
const invitation = memberships[2] as AllianceMembership;

describe('alliance policy', () => {
  it('lets only organisation admins create alliances', () => {
    expect(canCreateAlliance(memberAdmin)).toBe(true);
    expect(canCreateAlliance(memberPlain)).toBe(false);
    expect(canCreateAlliance(homeless)).toBe(false);
    expect(canCreateAlliance(platformAdmin)).toBe(false);
    expect(canCreateAlliance(null)).toBe(false);
  });

  it('lets admins of member organisations and platform admins manage the alliance', () => {
    expect(canManageAlliance(memberAdmin, memberships)).toBe(true);
    expect(canManageAlliance(platformAdmin, memberships)).toBe(true);
    expect(canManageAlliance(memberPlain, memberships)).toBe(false);
    expect(canManageAlliance(invitedAdmin, memberships)).toBe(false);
    expect(canManageAlliance(outsiderAdmin, memberships)).toBe(false);
    expect(canManageAlliance(null, memberships)).toBe(false);
  });

  it('shows all invitations to managers and an invited admin only their own', () => {
    expect(visibleInvitations(memberAdmin, memberships).map((m) => m.organisationId)).toEqual([
      'invited-org',
      'other-invited-org',
    ]);
    expect(visibleInvitations(invitedAdmin, memberships).map((m) => m.organisationId)).toEqual(['invited-org']);
    expect(visibleInvitations(otherInvitedAdmin, memberships).map((m) => m.organisationId)).toEqual([
      'other-invited-org',
    ]);
    expect(visibleInvitations(invitedPlain, memberships)).toEqual([]);
    expect(visibleInvitations(memberPlain, memberships)).toEqual([]);
    expect(visibleInvitations(outsiderAdmin, memberships)).toEqual([]);
    expect(visibleInvitations(null, memberships)).toEqual([]);
  });

  it('lets only admins of the invited organisation answer its invitation', () => {
    expect(canAnswerInvitation(invitedAdmin, 'invited-org')).toBe(true);
    expect(canAnswerInvitation(invitedPlain, 'invited-org')).toBe(false);
    expect(canAnswerInvitation(memberAdmin, 'invited-org')).toBe(false);
    expect(canAnswerInvitation(platformAdmin, 'invited-org')).toBe(false);
    expect(canAnswerInvitation(null, 'invited-org')).toBe(false);
  });

  it('lets a member leave only by its own admins, or be removed by a platform admin', () => {
    expect(canLeave(memberAdmin, memberships)).toBe(true);
    expect(canLeave(memberPlain, memberships)).toBe(false);
    expect(canLeave(invitedAdmin, memberships)).toBe(false);
    expect(canRemove(memberAdmin, memberships, ownMembership)).toBe(true);
    expect(canRemove(memberAdmin, memberships, member)).toBe(false);
    expect(canRemove(memberPlain, memberships, ownMembership)).toBe(false);
    expect(canRemove(platformAdmin, memberships, member)).toBe(true);
    expect(canRemove(outsiderAdmin, memberships, member)).toBe(false);
  });

  it('lets managers withdraw invitations, not the invited or outsiders', () => {
    expect(canRemove(memberAdmin, memberships, invitation)).toBe(true);
    expect(canRemove(platformAdmin, memberships, invitation)).toBe(true);
    expect(canRemove(memberPlain, memberships, invitation)).toBe(false);
    expect(canRemove(invitedAdmin, memberships, invitation)).toBe(false);
    expect(canRemove(outsiderAdmin, memberships, invitation)).toBe(false);
  });

  it('tells the page what the viewer may do', () => {
    expect(viewerRights(invitedAdmin, memberships)).toEqual({
      status: 'invited',
      canEdit: false,
      canInvite: false,
      canLeave: false,
      canAcceptInvitation: true,
      canRemoveMembers: false,
    });
    expect(viewerRights(invitedPlain, memberships)).toMatchObject({ status: null, canAcceptInvitation: false });
    expect(viewerRights(memberAdmin, memberships)).toMatchObject({
      status: 'member',
      canEdit: true,
      canInvite: true,
      canLeave: true,
      canAcceptInvitation: false,
    });
    expect(viewerRights(memberPlain, memberships)).toMatchObject({
      status: 'member',
      canInvite: false,
      canLeave: false,
    });
    expect(viewerRights(null, memberships)).toEqual({
      status: null,
      canEdit: false,
      canInvite: false,
      canLeave: false,
      canAcceptInvitation: false,
      canRemoveMembers: false,
    });
    expect(viewerRights(platformAdmin, memberships)).toMatchObject({ canEdit: true, canRemoveMembers: true });
  });
});
