import { describe, expect, it } from 'vitest';
import type { WorkspaceRole } from './membership.ts';
import {
  canCreateFor,
  canInvite,
  canJoin,
  canManage,
  canRemoveMember,
  canRequestToJoin,
  canSeeInside,
  canSeeWorkspace,
  losesLastOwner,
  roleOnJoining,
  type Standing,
  VISIBILITIES,
  viewerRights,
} from './policy.ts';

const standing = (s: Partial<Standing> = {}): Standing => ({
  signedIn: true,
  role: null,
  ofOwner: false,
  request: null,
  ...s,
});
const signedOut = standing({ signedIn: false });
const outsider = standing();
const ownersPerson = standing({ ofOwner: true });
const member = (role: WorkspaceRole) => standing({ role });

describe('workspace policy', () => {
  it('lets only the owner’s people create a workspace for it', () => {
    expect(canCreateFor(true)).toBe(true);
    expect(canCreateFor(false)).toBe(false);
  });

  it('shows a workspace to its members always, to the owner’s people unless invitation-only, to all signed in when platform-wide', () => {
    for (const visibility of VISIBILITIES) {
      for (const role of ['owner', 'member', 'guest'] as const) {
        expect(canSeeWorkspace(visibility, member(role))).toBe(true);
      }
      expect(canSeeWorkspace(visibility, signedOut)).toBe(false);
    }
    expect(canSeeWorkspace('members', ownersPerson)).toBe(false);
    expect(canSeeWorkspace('owner', ownersPerson)).toBe(true);
    expect(canSeeWorkspace('owner', outsider)).toBe(false);
    expect(canSeeWorkspace('platform', outsider)).toBe(true);
  });

  it('shows members and channels to members only', () => {
    expect(canSeeInside(member('guest'))).toBe(true);
    expect(canSeeInside(ownersPerson)).toBe(false);
  });

  it('lets the owner’s people join directly unless it is invitation-only; others ask on platform-wide ones', () => {
    expect(canJoin('owner', ownersPerson)).toBe(true);
    expect(canJoin('platform', ownersPerson)).toBe(true);
    expect(canJoin('members', ownersPerson)).toBe(false);
    expect(canJoin('platform', outsider)).toBe(false);
    expect(canJoin('owner', member('guest'))).toBe(false);
    expect(canJoin('owner', { ...ownersPerson, signedIn: false })).toBe(false);

    expect(canRequestToJoin('platform', outsider)).toBe(true);
    expect(canRequestToJoin('platform', ownersPerson)).toBe(false);
    expect(canRequestToJoin('owner', outsider)).toBe(false);
    expect(canRequestToJoin('members', outsider)).toBe(false);
    expect(canRequestToJoin('platform', member('guest'))).toBe(false);
    expect(canRequestToJoin('platform', signedOut)).toBe(false);
  });

  it('allows one open request at a time, none after a decline, and a new one after having been removed', () => {
    expect(canRequestToJoin('platform', standing({ request: 'open' }))).toBe(false);
    expect(canRequestToJoin('platform', standing({ request: 'declined' }))).toBe(false);
    expect(canRequestToJoin('platform', standing({ request: 'accepted' }))).toBe(true);
  });

  it('lets only owners manage and invite; guests and members never invite', () => {
    expect(canManage('owner')).toBe(true);
    expect(canInvite('owner')).toBe(true);
    for (const role of ['member', 'guest', null] as const) {
      expect(canManage(role)).toBe(false);
      expect(canInvite(role)).toBe(false);
    }
  });

  it('lets everyone leave and only owners remove others', () => {
    expect(canRemoveMember({ personId: 'a', role: 'guest' }, 'a')).toBe(true);
    expect(canRemoveMember({ personId: 'a', role: 'member' }, 'b')).toBe(false);
    expect(canRemoveMember({ personId: 'a', role: 'guest' }, 'b')).toBe(false);
    expect(canRemoveMember({ personId: 'a', role: 'owner' }, 'b')).toBe(true);
    expect(canRemoveMember({ personId: 'a', role: null }, 'a')).toBe(false);
  });

  it('makes the owner’s people members and everyone else guests when they join on their own', () => {
    expect(roleOnJoining(true)).toBe('member');
    expect(roleOnJoining(false)).toBe('guest');
  });

  it('never lets the last owner go or lose the role', () => {
    expect(losesLastOwner(1, 'owner', null)).toBe(true);
    expect(losesLastOwner(1, 'owner', 'member')).toBe(true);
    expect(losesLastOwner(1, 'owner', 'owner')).toBe(false);
    expect(losesLastOwner(2, 'owner', null)).toBe(false);
    expect(losesLastOwner(1, 'member', null)).toBe(false);
  });

  it('sums up what the page offers', () => {
    expect(viewerRights('platform', outsider)).toEqual({
      role: null,
      canInvite: false,
      canManage: false,
      canJoin: false,
      canRequest: true,
      requestPending: false,
      canLeave: false,
    });
    expect(viewerRights('platform', standing({ request: 'open' }))).toMatchObject({
      canRequest: false,
      requestPending: true,
    });
    expect(viewerRights('members', member('owner'))).toMatchObject({
      role: 'owner',
      canInvite: true,
      canManage: true,
      canLeave: true,
    });
  });
});
