import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answers, EventQuestion, Material, Speaker } from '../../../shared/contracts/events.ts';

/**
 * An event. `visibility` is public, platform, alliance (with `alliance_id`) or organisation (the
 * organisers'); `sequence` counts changes for iCalendar, so calendar programs follow them.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    placeName: text('place_name').notNull().default(''),
    address: text('address').notNull().default(''),
    latitude: real('latitude'),
    longitude: real('longitude'),
    onlineUrl: text('online_url'),
    visibility: text('visibility').notNull(),
    allianceId: uuid('alliance_id'),
    capacity: integer('capacity'),
    registrationOpen: boolean('registration_open').notNull().default(true),
    questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
    sequence: integer('sequence').notNull().default(0),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('events_starts_at').on(t.startsAt)],
);

/** The organisations organising an event; the creator's home organisation is always one. */
export const eventOrganisers = pgTable(
  'event_organisers',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.organisationId] }), index('event_organisers_org').on(t.organisationId)],
);

/** A session of an event's agenda; `community_id` once it continues as a community of the network. */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    room: text('room').notNull().default(''),
    speakers: jsonb('speakers').$type<Speaker[]>().notNull().default([]),
    materials: jsonb('materials').$type<Material[]>().notNull().default([]),
    communityId: uuid('community_id'),
    sequence: integer('sequence').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('event_sessions_event').on(t.eventId)],
);

/**
 * Files attached to a session (slides: PDF, ODP, PPTX). The bytes are a blob of the platform's store,
 * written by the documents' upload machinery (events/files/); a file is read by whoever may see the
 * event, so it has no space of the documents area. Who uploaded it is in the audit log.
 */
export const eventSessionFiles = pgTable(
  'event_session_files',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => eventSessions.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    blobKey: text('blob_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_session_files_session').on(t.sessionId, t.createdAt),
    index('event_session_files_blob').on(t.blobKey),
  ],
);

/**
 * One person's registration: `state` registered, waitlisted or cancelled. `show_in_list` is the
 * person's consent to appear in the attendee list; `reminded_at` marks the reminder mail as sent.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    state: text('state').notNull(),
    showInList: boolean('show_in_list').notNull().default(false),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the person joined the waitlist (or registered); the waitlist moves up in this order. */
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('event_registrations_person').on(t.eventId, t.personId),
    index('event_registrations_person_id').on(t.personId),
  ],
);

/** A person's secret address of the events they registered for (only the token's SHA-256). */
export const eventFeeds = pgTable(
  'event_feeds',
  {
    personId: uuid('person_id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('event_feeds_token').on(t.tokenHash)],
);
