import { describe, expect, it } from 'vitest';
import {
  type CommunityStanding,
  canModerateCommunity,
  canPostInCommunity,
  canReadCommunityContent,
  postNeedsApproval,
} from './policy.ts';

const community = (joinPolicy: 'open' | 'request', approveFirstPosts = false, archived = false) => ({
  id: 'c',
  joinPolicy,
  approveFirstPosts,
  archived,
});
const standing = (over: Partial<CommunityStanding>): CommunityStanding => ({
  community: community('open'),
  member: null,
  isPlatformAdmin: false,
  ...over,
});
const member = { role: 'member' as const, status: 'member' as const, trusted: false };
const moderator = { role: 'moderator' as const, status: 'member' as const, trusted: true };
const requested = { role: 'member' as const, status: 'requested' as const, trusted: false };

describe('network policy', () => {
  it('lets everyone signed in read an open community and the platform-wide area, members only a closed one', () => {
    expect(canReadCommunityContent(standing({}))).toBe(true);
    expect(canReadCommunityContent(standing({ community: null }))).toBe(true);
    expect(canReadCommunityContent(standing({ community: community('request') }))).toBe(false);
    expect(canReadCommunityContent(standing({ community: community('request'), member: requested }))).toBe(false);
    expect(canReadCommunityContent(standing({ community: community('request'), member }))).toBe(true);
  });

  it('lets members post, not readers who did not join, and no one in an archived community', () => {
    expect(canPostInCommunity(standing({}))).toBe(false);
    expect(canPostInCommunity(standing({ member }))).toBe(true);
    expect(canPostInCommunity(standing({ community: null }))).toBe(true);
    expect(canPostInCommunity(standing({ community: community('open', false, true), member }))).toBe(false);
    expect(canPostInCommunity(standing({ community: community('request'), member: requested }))).toBe(false);
  });

  it('lets moderators moderate their community and platform administrators the platform-wide area only', () => {
    expect(canModerateCommunity(standing({ member: moderator }))).toBe(true);
    expect(canModerateCommunity(standing({ member }))).toBe(false);
    expect(canModerateCommunity(standing({ isPlatformAdmin: true }))).toBe(false);
    expect(canModerateCommunity(standing({ community: null, isPlatformAdmin: true }))).toBe(true);
    expect(canModerateCommunity(standing({ community: null }))).toBe(false);
  });

  it('holds the posts of new members where the community asks for it, until one was let through', () => {
    const strict = community('open', true);
    expect(postNeedsApproval(standing({ community: strict, member }))).toBe(true);
    expect(postNeedsApproval(standing({ community: strict, member: { ...member, trusted: true } }))).toBe(false);
    expect(postNeedsApproval(standing({ community: strict, member: { ...moderator, trusted: false } }))).toBe(false);
    expect(postNeedsApproval(standing({ member }))).toBe(false);
    expect(postNeedsApproval(standing({ community: null }))).toBe(false);
  });
});
