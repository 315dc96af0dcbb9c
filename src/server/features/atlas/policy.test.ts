import { describe, expect, it } from 'vitest';
import {
  type AtlasViewer,
  canContact,
  canCreate,
  canEdit,
  canSee,
  decideTransition,
  seesContactDetails,
  viewerRights,
  wouldLockOut,
} from './policy.ts';

const partnerOrg = 'org-partner';
const member: AtlasViewer = { personId: 'p1', isPlatformAdmin: false, organisationId: partnerOrg };
const outsider: AtlasViewer = { personId: 'p2', isPlatformAdmin: false, organisationId: 'org-other' };
const homeless: AtlasViewer = { personId: 'p3', isPlatformAdmin: false, organisationId: null };
const admin: AtlasViewer = { personId: 'p4', isPlatformAdmin: true, organisationId: null };
const record = (state: string) => ({ state, partnerIds: [partnerOrg, 'org-second'] });

describe('atlas policy', () => {
  it('shows published records to everyone and the rest only to partners and admins', () => {
    for (const viewer of [null, member, outsider, homeless, admin])
      expect(canSee(viewer, record('published'))).toBe(true);
    for (const state of ['draft', 'review', 'archived']) {
      expect(canSee(member, record(state))).toBe(true);
      expect(canSee(admin, record(state))).toBe(true);
      for (const viewer of [null, outsider, homeless]) expect(canSee(viewer, record(state))).toBe(false);
    }
  });

  it('lets people create records only for their own organisation, admins for anyone', () => {
    expect(canCreate(member, [partnerOrg])).toBe(true);
    expect(canCreate(outsider, [partnerOrg])).toBe(false);
    expect(canCreate(homeless, [])).toBe(false);
    expect(canCreate(null, [partnerOrg])).toBe(false);
    expect(canCreate(admin, [])).toBe(true);
  });

  it('lets partners and admins edit in every state but archived, keeping published records published', () => {
    for (const state of ['draft', 'review', 'published']) {
      expect(canEdit(member, record(state))).toBe(true);
      expect(canEdit(admin, record(state))).toBe(true);
      expect(canEdit(outsider, record(state))).toBe(false);
      expect(canEdit(null, record(state))).toBe(false);
    }
    expect(canEdit(member, record('archived'))).toBe(false);
    expect(canEdit(admin, record('archived'))).toBe(false);
  });

  it('stops a partner from removing their own organisation, not an admin', () => {
    expect(wouldLockOut(member, ['org-second'])).toBe(true);
    expect(wouldLockOut(member, [partnerOrg])).toBe(false);
    expect(wouldLockOut(admin, [])).toBe(false);
  });

  it.each([
    ['draft', 'review', member, 'submitted'],
    ['review', 'draft', member, 'withdrawn'],
    ['review', 'draft', admin, 'returned'],
    ['draft', 'published', admin, 'published'],
    ['review', 'published', admin, 'published'],
    ['published', 'archived', admin, 'archived'],
    ['draft', 'archived', admin, 'archived'],
    ['archived', 'draft', admin, 'unarchived'],
  ] as const)('allows %s → %s as the right person (%#)', (from, to, viewer, action) => {
    expect(decideTransition(viewer, record(from), to)).toEqual({ ok: true, action });
  });

  it.each([
    ['draft', 'published', member],
    ['review', 'published', member],
    ['published', 'archived', member],
    ['archived', 'draft', member],
    ['draft', 'review', outsider],
    ['draft', 'review', null],
  ] as const)('forbids %s → %s for people without the role (%#)', (from, to, viewer) => {
    expect(decideTransition(viewer, record(from), to)).toEqual({ ok: false, reason: 'forbidden' });
  });

  it.each([
    ['draft', 'draft'],
    ['published', 'review'],
    ['published', 'draft'],
    ['published', 'published'],
    ['archived', 'published'],
    ['archived', 'review'],
  ] as const)('has no move %s → %s, whoever asks', (from, to) => {
    expect(decideTransition(admin, record(from), to)).toEqual({ ok: false, reason: 'invalid' });
    expect(decideTransition(member, record(from), to)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('offers contact for published records with contacts to signed-in people; details only to them', () => {
    expect(canContact(outsider, { state: 'published', contactCount: 1 })).toBe(true);
    expect(canContact(null, { state: 'published', contactCount: 1 })).toBe(false);
    expect(canContact(outsider, { state: 'published', contactCount: 0 })).toBe(false);
    expect(canContact(member, { state: 'draft', contactCount: 1 })).toBe(false);
    expect(seesContactDetails(null)).toBe(false);
    expect(seesContactDetails(homeless)).toBe(true);
  });

  it('sums up the record page’s offers', () => {
    expect(viewerRights(member, { ...record('draft'), contactCount: 1 })).toEqual({
      canEdit: true,
      canSubmit: true,
      canPublish: false,
      canArchive: false,
      canContact: false,
    });
    expect(viewerRights(admin, { ...record('review'), contactCount: 1 })).toEqual({
      canEdit: true,
      canSubmit: false,
      canPublish: true,
      canArchive: true,
      canContact: false,
    });
  });
});
