import { describe, expect, it } from 'vitest';
import {
  canCreate,
  canManage,
  canRemoveMember,
  canRename,
  canSeeDomains,
  canSeePeople,
  isAdminOf,
  isConfirmedMemberOf,
  isCreatableType,
  refuseMemberChange,
  type Viewer,
} from './policy.ts';

const ORG = 'org-1';
const OTHER = 'org-2';

function viewer(
  membership: Partial<Viewer['membership']> | null,
  options: { platformAdmin?: boolean; personId?: string } = {},
): Viewer {
  const personId = options.personId ?? 'p-1';
  return {
    personId,
    isPlatformAdmin: options.platformAdmin ?? false,
    membership: membership
      ? { personId, organisationId: ORG, role: 'member', status: 'confirmed', ...membership }
      : null,
  };
}

const admin = viewer({ role: 'admin' });
const member = viewer({ role: 'member' });
const pendingAdmin = viewer({ role: 'admin', status: 'pending' });
const otherAdmin = viewer({ role: 'admin', organisationId: OTHER });
const platformAdmin = viewer(null, { platformAdmin: true });
const outsider = viewer(null);

describe('membership', () => {
  it('counts only confirmed memberships of that organisation', () => {
    expect(isConfirmedMemberOf(member, ORG)).toBe(true);
    expect(isConfirmedMemberOf(pendingAdmin, ORG)).toBe(false);
    expect(isConfirmedMemberOf(otherAdmin, ORG)).toBe(false);
    expect(isConfirmedMemberOf(null, ORG)).toBe(false);
  });

  it('makes an admin only of a confirmed admin', () => {
    expect(isAdminOf(admin, ORG)).toBe(true);
    expect(isAdminOf(member, ORG)).toBe(false);
    expect(isAdminOf(pendingAdmin, ORG)).toBe(false);
    expect(isAdminOf(otherAdmin, ORG)).toBe(false);
  });
});

describe('canManage', () => {
  it('lets the organisation admins and platform admins manage, nobody else', () => {
    expect(canManage(admin, ORG)).toBe(true);
    expect(canManage(platformAdmin, ORG)).toBe(true);
    expect(canManage(member, ORG)).toBe(false);
    expect(canManage(pendingAdmin, ORG)).toBe(false);
    expect(canManage(otherAdmin, ORG)).toBe(false);
    expect(canManage(outsider, ORG)).toBe(false);
    expect(canManage(null, ORG)).toBe(false);
  });

  it('shows domains to managers only and people to anyone signed in', () => {
    expect(canSeeDomains(admin, ORG)).toBe(true);
    expect(canSeeDomains(member, ORG)).toBe(false);
    expect(canSeePeople(outsider)).toBe(true);
    expect(canSeePeople(null)).toBe(false);
  });
});

describe('creating and renaming', () => {
  it('lets only platform admins create, and only types outside the directory', () => {
    expect(canCreate(platformAdmin)).toBe(true);
    expect(canCreate(admin)).toBe(false);
    expect(canCreate(null)).toBe(false);
    expect(isCreatableType('zweckverband')).toBe(true);
    expect(isCreatableType('it-dienstleister')).toBe(true);
    expect(isCreatableType('gemeinde')).toBe(false);
    expect(isCreatableType('land')).toBe(false);
    expect(isCreatableType('nonsense')).toBe(false);
  });

  it('keeps official directory names', () => {
    expect(canRename(admin, { id: ORG, source: 'manual' })).toBe(true);
    expect(canRename(admin, { id: ORG, source: 'directory' })).toBe(false);
    expect(canRename(platformAdmin, { id: ORG, source: 'directory' })).toBe(false);
    expect(canRename(member, { id: ORG, source: 'manual' })).toBe(false);
  });
});

describe('canRemoveMember', () => {
  it('lets admins remove anyone and people remove themselves', () => {
    expect(canRemoveMember(admin, ORG, 'p-9')).toBe(true);
    expect(canRemoveMember(platformAdmin, ORG, 'p-9')).toBe(true);
    expect(canRemoveMember(member, ORG, 'p-1')).toBe(true);
    expect(canRemoveMember(member, ORG, 'p-9')).toBe(false);
    expect(canRemoveMember(otherAdmin, ORG, 'p-9')).toBe(false);
    expect(canRemoveMember(null, ORG, 'p-9')).toBe(false);
  });
});

describe('refuseMemberChange', () => {
  const confirmedAdmin = { role: 'admin', status: 'confirmed' } as const;
  const confirmedMember = { role: 'member', status: 'confirmed' } as const;
  const pending = { role: 'member', status: 'pending' } as const;

  it('refuses to demote or remove the last admin', () => {
    expect(refuseMemberChange(confirmedAdmin, { kind: 'role', role: 'member' }, 1)).toBe('last-admin');
    expect(refuseMemberChange(confirmedAdmin, { kind: 'remove' }, 1)).toBe('last-admin');
  });

  it('allows it while another admin remains', () => {
    expect(refuseMemberChange(confirmedAdmin, { kind: 'role', role: 'member' }, 2)).toBeNull();
    expect(refuseMemberChange(confirmedAdmin, { kind: 'remove' }, 2)).toBeNull();
    expect(refuseMemberChange(confirmedAdmin, { kind: 'role', role: 'admin' }, 1)).toBeNull();
  });

  it('promotes only confirmed members and lets pending requests be rejected', () => {
    expect(refuseMemberChange(pending, { kind: 'role', role: 'admin' }, 1)).toBe('not-confirmed');
    expect(refuseMemberChange(confirmedMember, { kind: 'role', role: 'admin' }, 0)).toBeNull();
    expect(refuseMemberChange(pending, { kind: 'remove' }, 0)).toBeNull();
    expect(refuseMemberChange(confirmedMember, { kind: 'remove' }, 1)).toBeNull();
  });
});
