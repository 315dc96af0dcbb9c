import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { alliances } from '../alliances/tables.ts';
import { organisations } from '../organisations/tables.ts';

/** Arbeitsräume: where people of one organisation or of an alliance's organisations work together. */
export const workspaces = pgTable(
  'workspaces',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    ownerAllianceId: uuid('owner_alliance_id').references(() => alliances.id, { onDelete: 'cascade' }),
    /** `members` (invited only), `owner` (people of the owning organisation/alliance may join), `platform` (discoverable, join requests). */
    visibility: text('visibility').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    index('workspaces_owner_org').on(t.ownerOrganisationId),
    index('workspaces_owner_alliance').on(t.ownerAllianceId),
  ],
);

/** A person in a workspace: `owner`, `member` or `guest` (guests see only channels they are added to). */
export const workspaceMembers = pgTable(
  'workspace_members',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    addedBy: uuid('added_by'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.personId] }), index('workspace_members_person').on(t.personId)],
);

/** An invitation by e-mail, also to someone without an account yet; only the token's hash is kept. */
export const workspaceInvitations = pgTable(
  'workspace_invitations',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('workspace_invitations_token').on(t.tokenHash),
    index('workspace_invitations_ws').on(t.workspaceId),
  ],
);

/** Requests to join a platform-discoverable workspace, answered by its owners. */
export const workspaceJoinRequests = pgTable(
  'workspace_join_requests',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    message: text('message').notNull().default(''),
    /** `open`, `accepted`, `declined`. */
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('workspace_join_requests_ws').on(t.workspaceId, t.status),
    index('workspace_join_requests_person').on(t.personId),
  ],
);
