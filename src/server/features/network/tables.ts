import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { persons } from '../../platform/auth/tables.ts';
import { plainTextSql } from '../atlas/search/search-text.ts';
import { tsvector } from '../atlas/tables.ts';
import { channels } from '../chat/tables.ts';

// The network across organisations: people with their expertise, communities (Fachgruppen) with their
// questions and answers, and wikis that keep what was learned. Every table is written by this area only.

/**
 * A person's profile in the network. `visibility` is whom the profile (beyond the name) is shown to:
 * `organisation` (colleagues of the home organisation), `alliances` (also the organisations of the
 * home organisation's alliances; the default) or `platform` (every signed-in person). The phone is
 * never shown to anyone signed out, whatever the choice.
 */
export const networkProfiles = pgTable('network_profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => persons.id, { onDelete: 'cascade' }),
  jobTitle: text('job_title').notNull().default(''),
  department: text('department').notNull().default(''),
  /** ISO 639-1 codes of the languages the person speaks. */
  languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
  phone: text('phone').notNull().default(''),
  about: text('about').notNull().default(''),
  visibility: text('visibility').notNull().default('alliances'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The shared vocabulary of expertise and question tags ("E-Rechnung", "Winterdienst"). `key` is the
 * folded name that makes two spellings one tag. A merged tag points to the tag it became and is never
 * offered again; people's expertise, questions and follows move to the surviving tag.
 */
export const networkTags = pgTable(
  'network_tags',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    key: text('key').notNull(),
    mergedInto: uuid('merged_into'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('german'::regconfig, name) || to_tsvector('simple'::regconfig, name)`,
    ),
  },
  (t) => [
    uniqueIndex('network_tags_key').on(t.key).where(sql`merged_into is null`),
    // In byte order, so that the finder's prefix match is a range of it (finder/finder-tags.ts).
    index('network_tags_key_prefix').on(sql`${t.key} collate "C"`).where(sql`merged_into is null`),
    index('network_tags_search').using('gin', t.searchVector),
    index('network_tags_key_trgm').using('gin', sql`${t.key} gin_trgm_ops`),
  ],
);

/**
 * One expertise of a person: a tag with a level, `familiar` ("kenne mich aus") or `expert`. The counts
 * are kept with the row so that the expert finder ranks without counting at every search.
 */
export const networkExpertise = pgTable(
  'network_expertise',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => networkTags.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    /** The level as a number for ranking (expert 2, familiar 1), kept by the database. */
    levelRank: smallint('level_rank').notNull().generatedAlwaysAs(sql`case when level = 'expert' then 2 else 1 end`),
    endorsementCount: integer('endorsement_count').notNull().default(0),
    acceptedAnswerCount: integer('accepted_answer_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.tagId] }),
    // Each tag's expertise in the finder's order, so that it reads only the top of each tag's list
    // (profiles/finder/ranked-candidates.ts); with the person, the reads need not visit the table.
    index('network_expertise_rank').on(
      t.tagId,
      t.levelRank.desc(),
      t.endorsementCount.desc(),
      t.acceptedAnswerCount.desc(),
      t.personId,
    ),
  ],
);

/** A proof a person names for an expertise: a project, an atlas record or a web address. */
export const networkExpertiseProofs = pgTable(
  'network_expertise_proofs',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => networkTags.id, { onDelete: 'cascade' }),
    /** `project`, `cooperation` or `link`. Accepted answers are found, not stored. */
    kind: text('kind').notNull(),
    targetId: uuid('target_id'),
    url: text('url'),
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_expertise_proofs_person').on(t.personId, t.tagId)],
);

/** A colleague's endorsement of an expertise ("hat mir bei … geholfen"); one per endorser and expertise. */
export const networkEndorsements = pgTable(
  'network_endorsements',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => networkTags.id, { onDelete: 'cascade' }),
    endorserId: uuid('endorser_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('network_endorsements_once').on(t.personId, t.tagId, t.endorserId),
    index('network_endorsements_endorser').on(t.endorserId, t.createdAt),
  ],
);

/**
 * A community (Fachgruppe) across organisations. `joinPolicy` is `open` (anyone signed in joins) or
 * `request` (moderators accept); the questions and wiki of a `request` community are seen by its members
 * only. `approveFirstPosts` holds a new member's posts until a moderator lets the first one through.
 * `channelId` is the community's chat channel, if it has one (a chat channel of kind `community`).
 */
export const communities = pgTable(
  'communities',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    joinPolicy: text('join_policy').notNull().default('open'),
    approveFirstPosts: boolean('approve_first_posts').notNull().default(false),
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, name), 'A') || setweight(to_tsvector('german'::regconfig, left(description, 5000)), 'B')`,
    ),
  },
  (t) => [uniqueIndex('communities_slug').on(t.slug), index('communities_search').using('gin', t.searchVector)],
);

/**
 * People in a community: `status` is `member` or `requested`; `role` is `moderator` or `member`.
 * `trusted` turns true with the first post a moderator approved (or at once where no approval is asked).
 */
export const communityMembers = pgTable(
  'community_members',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => communities.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('member'),
    status: text('status').notNull().default('member'),
    trusted: boolean('trusted').notNull().default(false),
    requestNote: text('request_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp('joined_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.personId] }),
    index('community_members_person').on(t.personId, t.status),
  ],
);

/**
 * A question, in a community or (without one) to the whole platform. `state` is `pending` (held for a
 * moderator), `published` or `hidden` (by a moderator, with a reason; the audit log keeps who and why).
 * Counts and the last activity are kept with the row for the lists.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').references(() => communities.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** Markdown, as in chat. */
    body: text('body').notNull().default(''),
    state: text('state').notNull().default('published'),
    hiddenReason: text('hidden_reason'),
    hiddenBy: uuid('hidden_by'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    acceptedAnswerId: uuid('accepted_answer_id'),
    answerCount: integer('answer_count').notNull().default(0),
    score: integer('score').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, left(body, 20000)), 'B')`,
    ),
    /** The title alone, for "similar questions" while one types a new one. */
    titleVector: tsvector('title_vector').generatedAlwaysAs(sql`to_tsvector('german'::regconfig, title)`),
  },
  (t) => [
    index('questions_community').on(t.communityId, t.lastActivityAt),
    index('questions_recent').on(t.lastActivityAt).where(sql`state = 'published'`),
    index('questions_open').on(t.createdAt).where(sql`state = 'published' and accepted_answer_id is null`),
    index('questions_author').on(t.authorId, t.createdAt),
    index('questions_search').using('gin', t.searchVector),
    index('questions_title_search').using('gin', t.titleVector),
  ],
);

export const questionTags = pgTable(
  'question_tags',
  {
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => networkTags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.tagId] }), index('question_tags_tag').on(t.tagId)],
);

/** An answer to a question; `state` as for questions. */
export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    state: text('state').notNull().default('published'),
    hiddenReason: text('hidden_reason'),
    hiddenBy: uuid('hidden_by'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    score: integer('score').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('german'::regconfig, left(body, 20000))`),
  },
  (t) => [
    index('answers_question').on(t.questionId, t.createdAt),
    index('answers_author').on(t.authorId, t.createdAt),
    index('answers_search').using('gin', t.searchVector),
  ],
);

/** A short comment on a question or an answer (`postKind` names which). */
export const postComments = pgTable(
  'post_comments',
  {
    id: uuid('id').primaryKey(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    postKind: text('post_kind').notNull(),
    postId: uuid('post_id').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    state: text('state').notNull().default('published'),
    hiddenReason: text('hidden_reason'),
    hiddenBy: uuid('hidden_by'),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_comments_post').on(t.postId, t.createdAt), index('post_comments_question').on(t.questionId)],
);

/** One person's vote on a question or an answer: +1 or -1. */
export const postVotes = pgTable(
  'post_votes',
  {
    postId: uuid('post_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    postKind: text('post_kind').notNull(),
    value: smallint('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId] })],
);

/** A report of a post (question, answer or comment) to the moderators, until one of them settles it. */
export const postReports = pgTable(
  'post_reports',
  {
    id: uuid('id').primaryKey(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    postKind: text('post_kind').notNull(),
    postId: uuid('post_id').notNull(),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    settledBy: uuid('settled_by'),
    /** `hidden` or `dismissed`. */
    outcome: text('outcome'),
  },
  (t) => [
    uniqueIndex('post_reports_once').on(t.postId, t.reporterId),
    index('post_reports_open').on(t.questionId).where(sql`settled_at is null`),
  ],
);

/** People following a question: they hear of its answers and its accepted answer. */
export const questionFollows = pgTable(
  'question_follows',
  {
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.personId] }), index('question_follows_person').on(t.personId)],
);

/** People following a tag: they hear of new questions with it. */
export const tagFollows = pgTable(
  'tag_follows',
  {
    tagId: uuid('tag_id')
      .notNull()
      .references(() => networkTags.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tagId, t.personId] }), index('tag_follows_person').on(t.personId)],
);

/**
 * A wiki page of a community, or of the platform-wide wiki (no community). Its text is in its newest
 * revision. `checkedAt` is when someone last confirmed it is still right; after `checkEveryDays` its
 * owner is reminded. `sourceAnswerId` is the accepted answer it was made from, if any.
 */
export const wikiPages = pgTable(
  'wiki_pages',
  {
    id: uuid('id').primaryKey(),
    communityId: uuid('community_id').references(() => communities.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** The newest revision's sanitised HTML, kept here for reading and searching the current text. */
    bodyHtml: text('body_html').notNull().default(''),
    ownerId: uuid('owner_id').references(() => persons.id, { onDelete: 'set null' }),
    revisionCount: integer('revision_count').notNull().default(0),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
    checkedBy: uuid('checked_by'),
    checkEveryDays: integer('check_every_days').notNull().default(365),
    /** When the owner was last reminded that the page is due for a check. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    sourceAnswerId: uuid('source_answer_id').references(() => answers.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, ${plainTextSql(sql`left(body_html, 20000)`)}), 'B')`,
    ),
  },
  (t) => [
    index('wiki_pages_search').using('gin', t.searchVector),
    uniqueIndex('wiki_pages_slug').on(
      sql`coalesce(${t.communityId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.slug,
    ),
    index('wiki_pages_community').on(t.communityId, t.updatedAt),
  ],
);

/** Every saved state of a wiki page: title and sanitised HTML, with its author and comment (the history). */
export const wikiRevisions = pgTable(
  'wiki_revisions',
  {
    id: uuid('id').primaryKey(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => wikiPages.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    bodyHtml: text('body_html').notNull(),
    authorId: uuid('author_id').notNull(),
    comment: text('comment').notNull().default(''),
    /** The revision this one restored, if it was a restore. */
    restoredFrom: integer('restored_from'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('wiki_revisions_page_number').on(t.pageId, t.number)],
);

/**
 * What a wiki page's current text links to: other wiki pages, atlas records, content pages and
 * documents (`targetKind`), kept at every save for "what links here" and the links' section.
 */
export const wikiLinks = pgTable(
  'wiki_links',
  {
    pageId: uuid('page_id')
      .notNull()
      .references(() => wikiPages.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.targetKind, t.targetId] }), index('wiki_links_target').on(t.targetId)],
);
