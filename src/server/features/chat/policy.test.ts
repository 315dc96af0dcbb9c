import { describe, expect, it } from 'vitest';
import {
  type ChannelAccess,
  canAddMembers,
  canBeAdded,
  canCreateChannel,
  canDeleteMessage,
  canDeleteOthersMessages,
  canEditMessage,
  canManageChannel,
  canPost,
  canRead,
  canRemoveMember,
  isConversation,
} from './policy.ts';

const me = 'me';
function access(
  channel: Partial<ChannelAccess['channel']>,
  role: ChannelAccess['role'],
  added: boolean | null = null,
): ChannelAccess {
  return {
    channel: {
      id: 'c',
      kind: 'channel',
      workspaceId: 'w',
      closed: false,
      isDefault: false,
      archivedAt: null,
      createdBy: 'creator',
      ...channel,
    },
    role,
    membership: added === null ? null : { added },
  };
}

describe('reading', () => {
  it('open channels: owners and members; guests only when added; nobody outside the workspace', () => {
    expect(canRead(access({}, 'owner'))).toBe(true);
    expect(canRead(access({}, 'member', false))).toBe(true);
    expect(canRead(access({}, 'guest'))).toBe(false);
    expect(canRead(access({}, 'guest', false))).toBe(false);
    expect(canRead(access({}, 'guest', true))).toBe(true);
    expect(canRead(access({}, null, true))).toBe(false);
  });

  it('closed channels and conversations: only those added', () => {
    expect(canRead(access({ closed: true }, 'owner'))).toBe(false);
    expect(canRead(access({ closed: true }, 'member', false))).toBe(false);
    expect(canRead(access({ closed: true }, 'member', true))).toBe(true);
    expect(canRead(access({ kind: 'direct', workspaceId: null }, null, true))).toBe(true);
    expect(canRead(access({ kind: 'group', workspaceId: null }, null, false))).toBe(false);
    expect(canRead(access({ kind: 'group', workspaceId: null }, null))).toBe(false);
  });

  it('archived channels are read, not written', () => {
    const archived = access({ archivedAt: new Date() }, 'member');
    expect(canRead(archived)).toBe(true);
    expect(canPost(archived)).toBe(false);
  });
});

describe('managing', () => {
  it('creating channels takes an owner or member', () => {
    expect(canCreateChannel('owner')).toBe(true);
    expect(canCreateChannel('member')).toBe(true);
    expect(canCreateChannel('guest')).toBe(false);
    expect(canCreateChannel(null)).toBe(false);
  });

  it('renaming and archiving: owners and the creator who still reads it', () => {
    expect(canManageChannel(access({}, 'owner'), me)).toBe(true);
    expect(canManageChannel(access({ createdBy: me }, 'member'), me)).toBe(true);
    expect(canManageChannel(access({}, 'member'), me)).toBe(false);
    expect(canManageChannel(access({ createdBy: me, closed: true }, 'member', null), me)).toBe(false);
    expect(canManageChannel(access({ kind: 'direct', createdBy: me }, null, true), me)).toBe(false);
  });

  it('adding: owners and members who read it, not guests; closed channels take anyone of the workspace, open ones guests', () => {
    expect(canAddMembers(access({ closed: true }, 'member', true))).toBe(true);
    expect(canAddMembers(access({}, 'guest', true))).toBe(false);
    expect(canAddMembers(access({ closed: true }, 'owner'))).toBe(false);
    expect(canBeAdded(access({ closed: true }, 'owner'), 'member')).toBe(true);
    expect(canBeAdded(access({}, 'owner'), 'member')).toBe(false);
    expect(canBeAdded(access({}, 'owner'), 'guest')).toBe(true);
    expect(canBeAdded(access({}, 'owner'), null)).toBe(false);
  });

  it('removing: oneself, or by an owner or the creator; members of open channels cannot be taken out', () => {
    const closed = access({ closed: true }, 'member', true);
    expect(canRemoveMember(closed, me, { personId: me, role: 'member' })).toBe(true);
    expect(canRemoveMember(closed, me, { personId: 'other', role: 'member' })).toBe(false);
    expect(canRemoveMember(access({ closed: true }, 'owner'), me, { personId: 'x', role: 'member' })).toBe(false);
    expect(canRemoveMember(access({ closed: true }, 'owner', true), me, { personId: 'x', role: 'member' })).toBe(true);
    expect(canRemoveMember(access({}, 'owner'), me, { personId: 'x', role: 'member' })).toBe(false);
    expect(canRemoveMember(access({}, 'owner'), me, { personId: 'x', role: 'guest' })).toBe(true);
    expect(canRemoveMember(access({ createdBy: me }, 'member'), me, { personId: 'x', role: 'guest' })).toBe(true);
  });
});

const mine = { authorId: me, deletedAt: null };
const theirs = { authorId: 'other', deletedAt: null };

describe('messages', () => {
  it('editing: the author, not once deleted or archived', () => {
    expect(canEditMessage(access({}, 'member'), mine, me)).toBe(true);
    expect(canEditMessage(access({}, 'owner'), theirs, me)).toBe(false);
    expect(canEditMessage(access({}, 'member'), { ...mine, deletedAt: new Date() }, me)).toBe(false);
    expect(canEditMessage(access({ archivedAt: new Date() }, 'member'), mine, me)).toBe(false);
  });

  it('deleting: the author, or an owner of the workspace; in conversations only the author', () => {
    expect(canDeleteMessage(access({}, 'member'), mine, me)).toBe(true);
    expect(canDeleteMessage(access({}, 'member'), theirs, me)).toBe(false);
    expect(canDeleteMessage(access({}, 'owner'), theirs, me)).toBe(true);
    expect(canDeleteMessage(access({ kind: 'group', workspaceId: null }, null, true), theirs, me)).toBe(false);
    expect(canDeleteMessage(access({}, 'guest'), mine, me)).toBe(false);
  });
});

describe('a community’s chat', () => {
  const community = (added: boolean | null) => access({ kind: 'community', workspaceId: null }, null, added);
  it('is read and written by the people added to it (the community’s members) only', () => {
    expect(canRead(community(true))).toBe(true);
    expect(canPost(community(true))).toBe(true);
    expect(canRead(community(false))).toBe(false);
    expect(canRead(community(null))).toBe(false);
    expect(canPost({ ...community(true), channel: { ...community(true).channel, archivedAt: new Date() } })).toBe(
      false,
    );
  });
  it('is managed through the community, not through chat, and notifies like a channel', () => {
    expect(canManageChannel(community(true), 'creator')).toBe(false);
    expect(canAddMembers(community(true))).toBe(false);
    expect(canRemoveMember(community(true), me, { personId: me, role: null })).toBe(false);
    expect(isConversation('community')).toBe(false);
    expect(isConversation('group')).toBe(true);
    expect(isConversation('direct')).toBe(true);
  });
  it('lets the community’s moderators delete others’ messages; plain members only their own', () => {
    const moderator = { ...community(true), moderatesCommunity: true };
    expect(canDeleteMessage(moderator, theirs, me)).toBe(true);
    expect(canDeleteOthersMessages(moderator)).toBe(true);
    expect(canDeleteMessage(community(true), theirs, me)).toBe(false);
    expect(canDeleteMessage(community(true), mine, me)).toBe(true);
    expect(canDeleteOthersMessages(community(true))).toBe(false);
    // Moderation reaches as far as reading: a moderator no longer in its chat deletes nothing.
    expect(canDeleteMessage({ ...community(false), moderatesCommunity: true }, theirs, me)).toBe(false);
    // Archived: still deleted, as authors may.
    const archivedChat = { ...moderator, channel: { ...moderator.channel, archivedAt: new Date() } };
    expect(canDeleteMessage(archivedChat, theirs, me)).toBe(true);
    // The flag means nothing outside a community's chat.
    expect(
      canDeleteMessage(
        { ...access({ kind: 'group', workspaceId: null }, null, true), moderatesCommunity: true },
        theirs,
        me,
      ),
    ).toBe(false);
    expect(canDeleteMessage({ ...access({}, 'member'), moderatesCommunity: true }, theirs, me)).toBe(false);
  });
});
