import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../../platform/auth/tables.ts';

/**
 * A person's in-app notifications (the bell): mentions, direct messages, invitations, join
 * requests, contact requests for atlas records. `link` is an app path the notification opens.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').notNull(),
    /** Short text parts the web app formats per language, e.g. {actorName, title, excerpt}. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Set when the notification was part of an e-mail, so no mail repeats it. */
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_person').on(t.personId, t.createdAt),
    index('notifications_unread').on(t.personId).where(sql`read_at is null`),
    // The digest looks every minute for notifications still waiting for a mail; which kinds it mails, and
    // to whom, is decided in its query (the mailed kinds and each person's preferences). This keeps it cheap.
    index('notifications_digest_due').on(t.createdAt).where(sql`mailed_at is null and read_at is null`),
  ],
);

/**
 * A person's choice for one kind of notification: in the app (the bell) and/or by mail (the digest).
 * A kind without a row follows the kind's default.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull(),
    mail: boolean('mail').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind] })],
);

/**
 * How often a person's digest mail comes: `soon` (after the digest delay, as a notification stays
 * unread), `daily`, `weekly` or `never`; `lastDigestAt` is when the last one went out.
 */
export const notificationSettings = pgTable('notification_settings', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  digestFrequency: text('digest_frequency').notNull().default('soon'),
  lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
