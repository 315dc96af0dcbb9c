import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Who may receive an event; checked again against current rights when it is delivered. */
export type Audience =
  | { kind: 'persons'; personIds: string[] }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'alliance'; allianceId: string }
  | { kind: 'workspace'; workspaceId: string }
  /** Whoever may see the project at delivery time (its workspace's owners and members, guests of its channel). */
  | { kind: 'project'; projectId: string }
  /** Whoever may read the chat channel (or conversation) at delivery time. */
  | { kind: 'channel'; channelId: string }
  /** People who share a workspace or a conversation with the person (presence). */
  | { kind: 'peers'; personId: string }
  /** Whoever may read the network community's questions and wiki at delivery time (null: the platform-wide area). */
  | { kind: 'network-community'; communityId: string | null }
  /** Whoever may read the question's page at delivery time. */
  | { kind: 'network-question'; questionId: string }
  /** Whoever sees the post (question, answer or comment) on its question's page at delivery time. */
  | { kind: 'network-post'; postKind: 'question' | 'answer' | 'comment'; postId: string }
  /** Whoever may read the wiki page at delivery time. */
  | { kind: 'wiki-page'; pageId: string }
  | { kind: 'platform-admins' };

/** The outbox: events written in the same transaction as the change they describe. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    /** Global order of events, used to replay what a reconnecting client missed. */
    position: bigserial('position', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    audience: jsonb('audience').$type<Audience>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_unpublished').on(t.position).where(sql`published_at is null`),
    index('outbox_position').on(t.position),
  ],
);
