import { type Static, Type } from 'typebox';

/** The shapes of the chat API and its realtime events as the web app reads them (see src/server/features/chat). */

/** Longest message text, in characters (UTF-16 code units, as the browser's maxlength counts). */
export const MAX_MESSAGE_LENGTH = 16_000;
/** Largest attachment, in bytes: 25 MiB (26,214,400 bytes), said as MiB everywhere (docs, UI, problems). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** Most people in a group conversation, the creator included. */
export const MAX_GROUP_SIZE = 8;
/** Most attachments on one message. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;
/** Largest page of messages. */
export const MAX_PAGE_SIZE = 100;
/** What a deleted message shows in its place (German UI; the web app translates by `deletedAt`). */
export const DELETED_MESSAGE_TEXT = 'Nachricht gelöscht';

// Handlers return Date objects; the serialiser writes them as ISO 8601 strings.
const Timestamp = Type.Unsafe<Date | string>(Type.String({ format: 'date-time' }));
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const PersonRef = Type.Object({ id: Type.String(), name: Type.String() });
export type PersonRef = Static<typeof PersonRef>;

export const NotifyLevel = Type.Union([Type.Literal('all'), Type.Literal('mentions'), Type.Literal('muted')]);
export type NotifyLevel = Static<typeof NotifyLevel>;

export const Reaction = Type.Object({
  emoji: Type.String(),
  count: Type.Integer(),
  /** Who reacted, first reaction first. */
  personIds: Type.Array(Type.String()),
});
export type Reaction = Static<typeof Reaction>;

export const Attachment = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  /** For images the type found in the bytes; otherwise the declared type. */
  mediaType: Type.String(),
  size: Type.Integer(),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  /** True when the file is a PNG, JPEG or WebP image that may be shown inline. */
  isImage: Type.Boolean(),
  /** `/api/attachments/<id>` */
  url: Type.String(),
});
export type Attachment = Static<typeof Attachment>;

export const ChatMessage = Type.Object({
  id: Type.String(),
  channelId: Type.String(),
  /** Order within the channel; read positions and `before`/`after`/`around` use it. */
  seq: Type.Integer(),
  author: PersonRef,
  /** The Markdown source; empty once deleted. */
  text: Type.String(),
  /** The text rendered from the safe Markdown subset (no raw HTML); empty once deleted. */
  html: Type.String(),
  threadRootId: NullableString,
  alsoInChannel: Type.Boolean(),
  replyCount: Type.Integer(),
  lastReplyAt: NullableTimestamp,
  /** Up to three people who replied last, newest first. */
  lastRepliers: Type.Array(PersonRef),
  mentions: Type.Array(PersonRef),
  mentionsChannel: Type.Boolean(),
  reactions: Type.Array(Reaction),
  attachments: Type.Array(Attachment),
  createdAt: Timestamp,
  editedAt: NullableTimestamp,
  /** Set when deleted: show "Nachricht gelöscht" in its place. */
  deletedAt: NullableTimestamp,
});
export type ChatMessage = Static<typeof ChatMessage>;

/** `community`: the chat of a network community (no workspace; named after the community). */
export const ChannelKind = Type.Union([
  Type.Literal('channel'),
  Type.Literal('direct'),
  Type.Literal('group'),
  Type.Literal('community'),
]);

/** A channel or conversation as lists and the sidebar show it, with the viewer's read state. */
export const ChannelSummary = Type.Object({
  id: Type.String(),
  kind: ChannelKind,
  workspaceId: NullableString,
  /** Channels: their name. Conversations: null (show the other people's names). */
  name: NullableString,
  topic: Type.String(),
  closed: Type.Boolean(),
  isDefault: Type.Boolean(),
  archivedAt: NullableTimestamp,
  createdBy: Type.String(),
  /** Conversations: everyone in it. Channels: empty (see GET /api/channels/:id/members). */
  members: Type.Array(PersonRef),
  lastSeq: Type.Integer(),
  lastMessageAt: NullableTimestamp,
  lastReadSeq: Type.Integer(),
  /** Unread messages by others (thread replies only when also posted to the channel), counted up to 1,000. */
  unreadCount: Type.Integer(),
  /** Unread messages that mention the viewer or @channel; in conversations every unread message. */
  mentionCount: Type.Integer(),
  notify: NotifyLevel,
});
export type ChannelSummary = Static<typeof ChannelSummary>;

export const ChannelDetail = Type.Object({
  ...ChannelSummary.properties,
  workspaceName: NullableString,
  viewer: Type.Object({
    role: Type.Union([Type.Literal('owner'), Type.Literal('member'), Type.Literal('guest'), Type.Null()]),
    canPost: Type.Boolean(),
    canManage: Type.Boolean(),
    canAddMembers: Type.Boolean(),
    /** Whether the viewer may delete others' messages (workspace owners; a community's moderators in its chat). */
    canDeleteOthers: Type.Boolean(),
  }),
});
export type ChannelDetail = Static<typeof ChannelDetail>;

export const Sidebar = Type.Object({
  workspaces: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      role: Type.Union([Type.Literal('owner'), Type.Literal('member'), Type.Literal('guest')]),
      channels: Type.Array(ChannelSummary),
    }),
  ),
  /** Direct and group conversations, the most recently active first. */
  conversations: Type.Array(ChannelSummary),
});
export type Sidebar = Static<typeof Sidebar>;

export const MessagePage = Type.Object({
  /** Oldest first. */
  messages: Type.Array(ChatMessage),
  hasMoreBefore: Type.Boolean(),
  hasMoreAfter: Type.Boolean(),
  /** The viewer's read position in this channel. */
  lastReadSeq: Type.Integer(),
});
export type MessagePage = Static<typeof MessagePage>;

export const Thread = Type.Object({
  root: ChatMessage,
  /** Oldest first. */
  replies: Type.Array(ChatMessage),
});
export type Thread = Static<typeof Thread>;

export const SearchHit = Type.Object({
  messageId: Type.String(),
  channel: Type.Object({
    id: Type.String(),
    kind: ChannelKind,
    name: NullableString,
    workspaceId: NullableString,
    workspaceName: NullableString,
  }),
  author: PersonRef,
  /** Open the hit in context with `GET /api/channels/:id/messages?around=<seq>` (or its thread root). */
  seq: Type.Integer(),
  threadRootId: NullableString,
  /** HTML-escaped text around the hit, the matched words in `<mark>`. */
  snippet: Type.String(),
  createdAt: Timestamp,
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResults = Type.Object({ hits: Type.Array(SearchHit) });
export type SearchResults = Static<typeof SearchResults>;

/** Events on `/api/realtime` (each also carries id, position and at; typing and presence do not). */
export type ChatEvent =
  | { type: 'message.created'; channelId: string; message: ChatMessage }
  | { type: 'message.updated'; channelId: string; message: ChatMessage }
  | { type: 'message.deleted'; channelId: string; message: ChatMessage }
  | { type: 'reaction.changed'; channelId: string; messageId: string; reactions: Reaction[] }
  | {
      type: 'thread.updated';
      channelId: string;
      messageId: string;
      replyCount: number;
      lastReplyAt: string;
      lastReplierIds: string[];
    }
  | { type: 'channel.read'; channelId: string; seq: number }
  | { type: 'channel.created' | 'channel.updated'; channel: ChannelSummary }
  | { type: 'channel.member.added' | 'channel.member.removed'; channelId: string; personId: string }
  | { type: 'conversation.created'; channel: ChannelSummary }
  | { type: 'typing'; channelId: string; personId: string; name: string }
  | { type: 'presence'; statuses: Array<{ personId: string; status: 'online' | 'away' | 'offline' }> };
