import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons } from '../auth/tables.ts';

/**
 * Idempotency keys of writes (the `Idempotency-Key` header), one per person, route and key, written in
 * the transaction of the write they guard, with the answer a repeat gets. Kept for a day.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** Method and route pattern, e.g. `POST /api/channels/:id/messages`. */
    route: text('route').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path with query, and body: a key sent again with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    /** The answer's status and body; null only inside the transaction that took the key. */
    status: integer('status'),
    body: jsonb('body').$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The primary key is what keeps two concurrent requests with one key from both writing.
    primaryKey({ name: 'idempotency_keys_pkey', columns: [t.personId, t.route, t.key] }),
    index('idempotency_keys_created_at_idx').on(t.createdAt),
  ],
);
