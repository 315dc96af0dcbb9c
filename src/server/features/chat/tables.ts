import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../atlas/tables.ts';
import { workspaces } from '../workspaces/tables.ts';

/**
 * A conversation: a channel of a workspace (`channel`, open or closed), a direct message between two
 * people (`direct`) or a small group conversation of up to 8 (`group`); the last two have no workspace.
 */
export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name'),
    topic: text('topic').notNull().default(''),
    /** Closed channels are seen only by the people added to them; open ones by every workspace member (not guests). */
    closed: boolean('closed').notNull().default(false),
    isDefault: boolean('is_default').notNull().default(false),
    /** For `direct`: the two person IDs sorted and joined with ':', so a pair has one conversation. */
    directKey: text('direct_key'),
    /** Highest message sequence number given out in this channel. */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('channels_workspace').on(t.workspaceId), uniqueIndex('channels_direct_key').on(t.directKey)],
);

/**
 * People in a channel with their read position and notification level. Members of open channels get
 * a row when they first open or post; closed channels, DMs and groups have rows for everyone in them.
 */
export const channelMembers = pgTable(
  'channel_members',
  {
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    /** Sequence number of the last message read; syncs across the person's devices. */
    lastReadSeq: bigint('last_read_seq', { mode: 'number' }).notNull().default(0),
    /** `all`, `mentions` or `muted`. */
    notify: text('notify').notNull().default('all'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** Closed channels: whether the person was added (true) or only has a read-position row. */
    added: boolean('added').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.channelId, t.personId] }), index('channel_members_person').on(t.personId)],
);

/** A chat message: Markdown source text; thread replies point to their root. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    /** Order within the channel (from channels.last_seq); pagination and read positions use it. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    authorId: uuid('author_id').notNull(),
    text: text('text').notNull(),
    threadRootId: uuid('thread_root_id'),
    /** A thread reply also shown in the channel ("also post to channel"). */
    alsoInChannel: boolean('also_in_channel').notNull().default(false),
    replyCount: integer('reply_count').notNull().default(0),
    lastReplyAt: timestamp('last_reply_at', { withTimezone: true }),
    /** Up to three people who replied last, newest first. */
    lastReplierIds: uuid('last_replier_ids').array().notNull().default(sql`'{}'::uuid[]`),
    mentionsChannel: boolean('mentions_channel').notNull().default(false),
    /**
     * The text rendered to HTML when it was written or edited, so a page does not render on every read;
     * null for messages written before it was stored (rendered when read).
     */
    html: text('html'),
    /**
     * The reactions by emoji in the order first given, kept in step with message_reactions in the same
     * transaction, so a page reads them from the row.
     */
    reactions: jsonb('reactions')
      .$type<Array<{ emoji: string; personIds: string[] }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    searchVector: tsvector('search_vector'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('messages_channel_seq').on(t.channelId, t.seq),
    index('messages_thread').on(t.threadRootId, t.seq).where(sql`thread_root_id is not null`),
    index('messages_search').using('gin', t.searchVector).with({ fastupdate: false }),
  ],
);

/** Persons mentioned by a message (`@Name`), for notifications and the mention badge. */
export const messageMentions = pgTable(
  'message_mentions',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    channelId: uuid('channel_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.messageId, t.personId] }),
    index('message_mentions_person').on(t.personId, t.channelId, t.seq),
  ],
);

export const messageReactions = pgTable(
  'message_reactions',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    emoji: text('emoji').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.personId, t.emoji] })],
);

/**
 * A file uploaded for a message (up to 25 MiB), stored as a content-addressed blob. Uploaded first
 * (messageId null), then attached when the message is posted.
 */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    id: uuid('id').primaryKey(),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').notNull(),
    blobKey: text('blob_key').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** Pixel size for images shown inline. */
    width: integer('width'),
    height: integer('height'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('message_attachments_message').on(t.messageId)],
);
