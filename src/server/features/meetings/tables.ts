import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { channels, messages } from '../chat/tables.ts';

/**
 * A video meeting in a channel (also a direct or group conversation, or a project's channel). It is
 * `live` from its start until the last person leaves or someone ends it, then `ended`; a meeting with
 * `scheduled_for` waits as `scheduled` until the first person joins. The card in the channel is the
 * chat message `message_id`.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey(),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    agenda: text('agenda').notNull().default(''),
    status: text('status').notNull(),
    /** How its media travel: `mesh` (browser to browser), or `livekit`/`jitsi` once it outgrew the mesh. */
    mediaMode: text('media_mode').notNull().default('mesh'),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Counted up on every change of date, title or agenda, for the iCalendar SEQUENCE. */
    sequence: integer('sequence').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    notes: text('notes').notNull().default(''),
    notesUpdatedAt: timestamp('notes_updated_at', { withTimezone: true }),
    notesUpdatedBy: uuid('notes_updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_channel').on(t.channelId, t.createdAt)],
);

/**
 * One stay of one browser connection in a meeting: from joining until leaving (or its socket
 * closing). A person who joins twice (another device, a reload) has two rows. Person IDs carry no
 * foreign key, as in the chat: a deleted account's row stays, anonymised, and names "ehemalige Person".
 */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    /** The realtime socket the browser signals over; signalling is addressed to it. */
    connectionId: uuid('connection_id').notNull(),
    video: boolean('video').notNull(),
    handRaised: boolean('hand_raised').notNull().default(false),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** Last time a server process said it still holds the socket (seats.ts); a seat not seen for long is given up. */
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    index('meeting_participants_meeting').on(t.meetingId, t.joinedAt),
    index('meeting_participants_present').on(t.connectionId).where(sql`left_at is null`),
    index('meeting_participants_person').on(t.personId),
  ],
);
