import type { WorkspaceRole } from '../workspaces/membership.ts';

/**
 * `channel` belongs to a workspace; `direct` and `group` are conversations between the people in them;
 * `community` is the chat of a network community, read by the people added to it (the community's
 * members, kept in step by the network's communities). All but `channel` are read by those added.
 */
export type ChannelKind = 'channel' | 'direct' | 'group' | 'community';

/**
 * Conversations (direct, group) address every message to everyone in them: each counts as a mention
 * and notifies. A community's chat is like a channel in this: only mentions do.
 */
export function isConversation(kind: ChannelKind): boolean {
  return kind === 'direct' || kind === 'group';
}

/** What the rules need to know of a channel and of one person's place in it. */
export interface ChannelAccess {
  channel: {
    id: string;
    kind: ChannelKind;
    workspaceId: string | null;
    closed: boolean;
    isDefault: boolean;
    archivedAt: Date | null;
    createdBy: string;
  };
  /** The person's role in the channel's workspace (null for conversations or when not a member). */
  role: WorkspaceRole | null;
  /** The person's row in channel_members, if any: `added` means added on purpose, not only a read position. */
  membership: { added: boolean } | null;
  /**
   * Whether the person moderates the community whose chat this is (kind `community`). Asked only where
   * it matters (deleting others' messages, the channel's detail); unknown counts as no.
   */
  moderatesCommunity?: boolean;
}

/**
 * Reading: conversations by the people in them; a channel by members of its workspace — open ones by
 * owners and members, closed ones (and any channel, for guests) only by those added to it.
 */
export function canRead(access: ChannelAccess): boolean {
  if (access.channel.kind !== 'channel') return access.membership?.added === true;
  if (access.role === null) return false;
  if (access.membership?.added) return true;
  return !access.channel.closed && access.role !== 'guest';
}

/** Posting, editing and reacting: whoever reads it, while it is not archived. */
export function canPost(access: ChannelAccess): boolean {
  return canRead(access) && access.channel.archivedAt === null;
}

/** Creating channels: owners and members of the workspace, not guests. */
export function canCreateChannel(role: WorkspaceRole | null): boolean {
  return role === 'owner' || role === 'member';
}

/** Renaming, the topic, archiving: owners of the workspace and the channel's creator. */
export function canManageChannel(access: ChannelAccess, personId: string): boolean {
  if (access.channel.kind !== 'channel' || !canRead(access)) return false;
  return access.role === 'owner' || access.channel.createdBy === personId;
}

/** Adding people: owners and members who read the channel; guests cannot invite. */
export function canAddMembers(access: ChannelAccess): boolean {
  return access.channel.kind === 'channel' && canRead(access) && (access.role === 'owner' || access.role === 'member');
}

/**
 * Whom a channel can take in: anyone of the workspace into a closed channel; into an open one only
 * guests, since owners and members see it anyway.
 */
export function canBeAdded(access: ChannelAccess, targetRole: WorkspaceRole | null): boolean {
  if (targetRole === null) return false;
  return access.channel.closed || targetRole === 'guest';
}

/**
 * Taking someone out: they leave themselves, or an owner or the channel's creator removes them; only
 * those who are in by being added (members of closed channels, guests) can be taken out.
 */
export function canRemoveMember(
  access: ChannelAccess,
  actorId: string,
  target: { personId: string; role: WorkspaceRole | null },
): boolean {
  if (access.channel.kind !== 'channel' || !canRead(access)) return false;
  if (!access.channel.closed && target.role !== 'guest' && target.role !== null) return false;
  if (target.personId === actorId) return true;
  return access.role === 'owner' || access.channel.createdBy === actorId;
}

export interface MessageFacts {
  authorId: string;
  deletedAt: Date | null;
}

/** Editing: the author only, and not once deleted. */
export function canEditMessage(access: ChannelAccess, message: MessageFacts, personId: string): boolean {
  return canPost(access) && message.deletedAt === null && message.authorId === personId;
}

/**
 * Deleting others' messages, as moderation: an owner of the channel's workspace, or a moderator of the
 * community whose chat it is; in direct and group conversations nobody.
 */
export function canDeleteOthersMessages(access: ChannelAccess): boolean {
  if (!canRead(access)) return false;
  if (access.channel.kind === 'channel') return access.role === 'owner';
  if (access.channel.kind === 'community') return access.moderatesCommunity === true;
  return false;
}

/** Deleting: the author, or as moderation (see canDeleteOthersMessages); archived channels too. */
export function canDeleteMessage(access: ChannelAccess, message: MessageFacts, personId: string): boolean {
  if (!canRead(access) || message.deletedAt !== null) return false;
  return message.authorId === personId || canDeleteOthersMessages(access);
}
