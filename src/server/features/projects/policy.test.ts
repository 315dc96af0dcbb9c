import { describe, expect, it } from 'vitest';
import { canCreateProject, canManageProject, canRemoveAttachment, canSeeProject, canWorkOnProject } from './policy.ts';

const standing = (role: 'owner' | 'member' | 'guest' | null, readsChannel = false, isLead = false) => ({
  role,
  readsChannel,
  isLead,
});

describe('who may do what with projects', () => {
  it('shows every project to owners and members, to guests only those of channels they read', () => {
    expect(canSeeProject(standing('owner'))).toBe(true);
    expect(canSeeProject(standing('member'))).toBe(true);
    expect(canSeeProject(standing('guest'))).toBe(false);
    expect(canSeeProject(standing('guest', true))).toBe(true);
    expect(canSeeProject(standing(null, true, true))).toBe(false);
  });

  it('lets whoever sees a project work on it, and only its lead and the owners manage it', () => {
    expect(canWorkOnProject(standing('guest', true))).toBe(true);
    expect(canManageProject(standing('member'))).toBe(false);
    expect(canManageProject(standing('member', false, true))).toBe(true);
    expect(canManageProject(standing('guest', false, true))).toBe(false);
    expect(canManageProject(standing('owner'))).toBe(true);
  });

  it('lets a task’s file be removed by whoever attached it and by those who manage the project', () => {
    expect(canRemoveAttachment(standing('guest', true), true)).toBe(true);
    expect(canRemoveAttachment(standing('guest', true), false)).toBe(false);
    expect(canRemoveAttachment(standing('member'), false)).toBe(false);
    expect(canRemoveAttachment(standing('member', false, true), false)).toBe(true);
    expect(canRemoveAttachment(standing('owner'), false)).toBe(true);
    // Who no longer sees the project removes nothing, not even their own file.
    expect(canRemoveAttachment(standing('guest', false), true)).toBe(false);
    expect(canRemoveAttachment(standing(null), true)).toBe(false);
  });

  it('lets owners and members start projects, not guests or outsiders', () => {
    expect(canCreateProject('owner')).toBe(true);
    expect(canCreateProject('member')).toBe(true);
    expect(canCreateProject('guest')).toBe(false);
    expect(canCreateProject(null)).toBe(false);
  });
});
