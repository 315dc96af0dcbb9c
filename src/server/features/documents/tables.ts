import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector } from '../atlas/tables.ts';

/**
 * A folder or a file of a document space: a workspace's, an organisation's or an alliance's files
 * (`space_kind`, `space_id`; no foreign key, as the space is one of three tables — a space's nodes are
 * removed with it by its feature). A root node has no parent. Names are unique among the live
 * siblings regardless of case (`name_key`), as Windows and macOS clients expect. A trashed node keeps
 * its place; only the node the person trashed has `trashed_at`, its descendants go with it.
 */
export const docNodes = pgTable(
  'doc_nodes',
  {
    id: uuid('id').primaryKey(),
    spaceKind: text('space_kind').notNull(),
    spaceId: uuid('space_id').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => docNodes.id, { onDelete: 'cascade' }),
    /** folder or file. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** The name in lower case (NFC), for uniqueness among siblings. */
    nameKey: text('name_key').notNull(),
    description: text('description').notNull().default(''),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Files: the version shown and downloaded; with its size and type copied here for listings. */
    currentVersionId: uuid('current_version_id'),
    size: bigint('size', { mode: 'number' }).notNull().default(0),
    mediaType: text('media_type'),
    /** Counts every change of the node (content, name, place, description): folders' ETags. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    trashedAt: timestamp('trashed_at', { withTimezone: true }),
    trashedBy: uuid('trashed_by'),
  },
  (t) => [
    uniqueIndex('doc_nodes_live_name')
      .on(t.spaceKind, t.spaceId, sql`coalesce(${t.parentId}, ${t.spaceId})`, t.nameKey)
      .where(sql`${t.trashedAt} is null`),
    index('doc_nodes_parent').on(t.parentId),
    index('doc_nodes_space').on(t.spaceKind, t.spaceId),
    index('doc_nodes_trashed').on(t.trashedAt).where(sql`${t.trashedAt} is not null`),
  ],
);

/** A file's content at one time: every upload over an existing file adds one, numbered from 1. */
export const docVersions = pgTable(
  'doc_versions',
  {
    id: uuid('id').primaryKey(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => docNodes.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    blobKey: text('blob_key').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    authorId: uuid('author_id'),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the retention rule removed it: the row stays for the history, the download goes. */
    prunedAt: timestamp('pruned_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('doc_versions_number').on(t.nodeId, t.number), index('doc_versions_blob').on(t.blobKey)],
);

/**
 * A lock on a node, from the web (check out) or a WebDAV client: exclusive, or shared among WebDAV
 * clients that ask for it. Others may read a locked file but not change it; a lock of depth infinity
 * on a folder covers everything in it. An expired lock is no lock.
 */
export const docLocks = pgTable(
  'doc_locks',
  {
    id: uuid('id').primaryKey(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => docNodes.id, { onDelete: 'cascade' }),
    /** The lock token WebDAV clients send back (`urn:uuid:…`). */
    token: text('token').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** exclusive or shared. */
    scope: text('scope').notNull().default('exclusive'),
    /** 0 or infinity. */
    depth: text('depth').notNull().default('0'),
    /** What the client said of the owner (the DAV:owner element, as XML text), shown beside the name. */
    ownerNote: text('owner_note').notNull().default(''),
    /** web or dav. */
    via: text('via').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('doc_locks_token').on(t.token), index('doc_locks_node').on(t.nodeId)],
);

/** A request to approve one version of a file; a later version lapses it. */
export const docApprovals = pgTable(
  'doc_approvals',
  {
    id: uuid('id').primaryKey(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => docNodes.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => docVersions.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').notNull(),
    message: text('message').notNull().default(''),
    /** pending, approved, rejected, lapsed, withdrawn. */
    state: text('state').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('doc_approvals_node').on(t.nodeId, t.state)],
);

/** The people asked to approve, each with their answer. */
export const docApprovalReviewers = pgTable(
  'doc_approval_reviewers',
  {
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => docApprovals.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    /** null while open, then approved or rejected. */
    decision: text('decision'),
    comment: text('comment').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.approvalId, t.personId] }), index('doc_approval_reviewers_person').on(t.personId)],
);

/** Where a document is linked from: a chat message, a task or an atlas record. */
export const docLinks = pgTable(
  'doc_links',
  {
    nodeId: uuid('node_id')
      .notNull()
      .references(() => docNodes.id, { onDelete: 'cascade' }),
    /** message, task or cooperation. */
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.targetKind, t.targetId] }),
    index('doc_links_target').on(t.targetKind, t.targetId),
  ],
);

/** The text extracted from a version for the search, written by a background job. */
export const docTexts = pgTable(
  'doc_texts',
  {
    versionId: uuid('version_id')
      .primaryKey()
      .references(() => docVersions.id, { onDelete: 'cascade' }),
    /** done, empty (nothing to extract), failed. */
    state: text('state').notNull(),
    text: text('text').notNull().default(''),
    searchVector: tsvector('search_vector'),
    extractedAt: timestamp('extracted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('doc_texts_search').using('gin', t.searchVector)],
);

/** A space's storage quota in bytes, set by a platform admin; without a row the platform's default holds. */
export const docQuotas = pgTable(
  'doc_quotas',
  {
    spaceKind: text('space_kind').notNull(),
    spaceId: uuid('space_id').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.spaceKind, t.spaceId] })],
);

/**
 * A resumable upload under way: its bytes go to a file under DATA_DIR/uploads until `received`
 * reaches `size`, then into the blob store as a version. Unfinished uploads expire after a day.
 */
export const docUploads = pgTable(
  'doc_uploads',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull(),
    spaceKind: text('space_kind').notNull(),
    spaceId: uuid('space_id').notNull(),
    name: text('name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    received: bigint('received', { mode: 'number' }).notNull().default(0),
    /** Set once the upload became a version (idempotent finishing). */
    finished: boolean('finished').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('doc_uploads_expires').on(t.expiresAt)],
);

/**
 * A property a WebDAV client set on a node with PROPPATCH (a "dead" property, e.g. an editor's
 * metadata): kept as the client sent it, moved with the node, copied with it, gone with it.
 */
export const docProperties = pgTable(
  'doc_properties',
  {
    nodeId: uuid('node_id')
      .notNull()
      .references(() => docNodes.id, { onDelete: 'cascade' }),
    /** The property's namespace URI ('' for none) and local name. */
    namespace: text('namespace').notNull(),
    name: text('name').notNull(),
    /** The property element as XML, with the namespaces it uses declared in it. */
    xml: text('xml').notNull(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.namespace, t.name] })],
);
