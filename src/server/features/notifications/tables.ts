import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
    // The digest looks every minute for notifications still waiting for a mail (chat mentions and direct
    // messages, task mentions, projects turning amber or red, approvals asked and decided); this keeps that cheap.
    index('notifications_digest_due')
      .on(t.createdAt)
      .where(
        sql`mailed_at is null and read_at is null and kind in ('mention', 'direct-message', 'task-mention', 'project-health', 'document-approval', 'document-approval-decided')`,
      ),
  ],
);
