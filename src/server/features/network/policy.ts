// Who may do what in the network (communities, questions, wikis). Everything here needs a signed-in
// person; signed-out visitors see nothing of the network (401).
// - A community itself (name, description, how to join, its moderators) is seen by everyone signed in.
// - An open community's questions and wiki are read by everyone signed in; a community joined by request
//   keeps them to its members: anyone else gets 404, as if they did not exist. Membership of a workspace
//   makes no one a member of a community.
// - Posting (asking, answering, commenting, voting, editing the wiki) in a community takes membership;
//   in an open community joining is one click. The platform-wide questions and wiki (no community) are
//   open to everyone signed in.
// - Moderators of a community (and platform administrators for the platform-wide area) approve held
//   posts, settle reports and hide posts with a reason; they manage the community's settings and members.

export type JoinPolicy = 'open' | 'request';
export type CommunityRole = 'moderator' | 'member';

/** A person's place in a community, or in the platform-wide area when `community` is null. */
export interface CommunityStanding {
  community: { id: string; joinPolicy: JoinPolicy; approveFirstPosts: boolean; archived: boolean } | null;
  /** The person's membership: null when neither a member nor asking to be one. */
  member: { role: CommunityRole; status: 'member' | 'requested'; trusted: boolean } | null;
  isPlatformAdmin: boolean;
}

function isMember(s: CommunityStanding): boolean {
  return s.member?.status === 'member';
}

/** Reading questions, answers and wiki pages. */
export function canReadCommunityContent(s: CommunityStanding): boolean {
  if (s.community === null) return true;
  return s.community.joinPolicy === 'open' || isMember(s);
}

/** Asking, answering, commenting, voting, editing the wiki. */
export function canPostInCommunity(s: CommunityStanding): boolean {
  if (s.community === null) return true;
  return !s.community.archived && isMember(s);
}

/** Approving held posts, settling reports, hiding posts, managing settings and members. */
export function canModerateCommunity(s: CommunityStanding): boolean {
  if (s.community === null) return s.isPlatformAdmin;
  return isMember(s) && s.member?.role === 'moderator';
}

/**
 * Whether a new post of this person waits for a moderator: in a community that asks for it, until one
 * of the person's posts was let through. Moderators' posts never wait.
 */
export function postNeedsApproval(s: CommunityStanding): boolean {
  if (s.community === null || !s.community.approveFirstPosts) return false;
  if (canModerateCommunity(s)) return false;
  return !(s.member?.trusted ?? false);
}
