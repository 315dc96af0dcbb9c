import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { plainTextSql } from '../atlas/search/search-text.ts';
import { tsvector } from '../atlas/tables.ts';
import { organisations } from '../organisations/tables.ts';

/**
 * A page of citizen information ("Wohnsitz anmelden") that an organisation keeps: its place in the
 * organisation's tree, what it describes, and the language its text is written in first. The text
 * itself, in every language, is in `content_versions`.
 */
export const contentPages = pgTable(
  'content_pages',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The page above this one in the organisation's tree; null at the top. */
    parentId: uuid('parent_id'),
    position: integer('position').notNull().default(0),
    /** The page's part of its public address, unique within the organisation. */
    slug: text('slug').notNull(),
    /** BCP 47 tag of the language the page is written in first (usually `de`). */
    sourceLanguage: text('source_language').notNull().default('de'),
    /** The LeiKa key of the administrative service the page describes, if any. */
    leikaKey: text('leika_key'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    validUntil: date('valid_until'),
    /** Whom citizens ask: office, phone, mail (plain text, several lines). */
    contact: text('contact'),
    /** Shared with others to adopt: null (not shared), `platform` (every organisation), `alliances` (its alliances). */
    sharedWith: text('shared_with'),
    /** The licence it is shared under: CC-BY-4.0, DL-DE-BY-2.0, CC0-1.0. */
    licence: text('licence'),
    sharedAt: timestamp('shared_at', { withTimezone: true }),
    /**
     * Adopted from another organisation's page: `copy` (this page's own text from then on) or `link`
     * (shows the source's text, see content_link_pins). Null for the organisation's own pages.
     */
    adoptionMode: text('adoption_mode'),
    adoptedFromPageId: uuid('adopted_from_page_id'),
    adoptedFromOrganisationId: uuid('adopted_from_organisation_id'),
    /** Kept for the attribution when the source organisation is renamed or gone. */
    adoptedFromOrganisationName: text('adopted_from_organisation_name'),
    /** The source language's version the page was adopted at. */
    adoptedFromVersion: integer('adopted_from_version'),
    /** The licence the source was shared under when adopted. */
    adoptedLicence: text('adopted_licence'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_pages_organisation_slug').on(t.organisationId, t.slug),
    index('content_pages_parent').on(t.parentId),
    index('content_pages_adopted_from').on(t.adoptedFromPageId),
    index('content_pages_shared').on(t.sharedWith),
  ],
);

/**
 * Every save of a page's text in one language: numbered per page and language, never changed
 * afterwards. A translation names the version of the language it was made from (`basisLanguage`,
 * `basisNumber`), which is what its status is computed from (translation-status.ts).
 */
export const contentVersions = pgTable(
  'content_versions',
  {
    id: uuid('id').primaryKey(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => contentPages.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    bodyHtml: text('body_html').notNull(),
    /** A small correction: translations made from an earlier version stay up to date. */
    minor: boolean('minor').notNull().default(false),
    /** Saved but not published: neither shown to readers nor counted for translations. */
    draft: boolean('draft').notNull().default(false),
    /** For a translation: the language and version it was translated from. */
    basisLanguage: text('basis_language'),
    basisNumber: integer('basis_number'),
    /** Words of title and text, counted on save (what an adoption saved is summed from it). */
    words: integer('words').notNull().default(0),
    /**
     * written (by a person), machine (machine translation), xliff (returned by an agency), adopted
     * (copied from another organisation's page).
     */
    origin: text('origin').notNull().default('written'),
    /** A machine translation stays marked until a person has reviewed it. */
    reviewed: boolean('reviewed').notNull().default(true),
    authorId: uuid('author_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * What the search looks in, kept by the database on every write: the title (weight A) and the first
     * SEARCH_TEXT_MAX characters of the text as plain text (B), `german` configuration for every
     * language (words of other scripts are kept whole, lower-cased).
     */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, ${plainTextSql(sql`left(body_html, 20000)`)}), 'B')`,
    ),
  },
  (t) => [
    uniqueIndex('content_versions_page_language_number').on(t.pageId, t.language, t.number),
    index('content_versions_search').using('gin', t.searchVector),
  ],
);

/** A page's text sent out for translation into a language (an XLIFF export), until a version returns. */
export const contentTranslationOrders = pgTable(
  'content_translation_orders',
  {
    id: uuid('id').primaryKey(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => contentPages.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    basisLanguage: text('basis_language').notNull(),
    basisNumber: integer('basis_number').notNull(),
    orderedBy: uuid('ordered_by'),
    orderedAt: timestamp('ordered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('content_translation_orders_page').on(t.pageId, t.language)],
);

/** A linked page's own text around the source's, per language: its address, its opening hours. */
export const contentLinkTexts = pgTable(
  'content_link_texts',
  {
    pageId: uuid('page_id')
      .notNull()
      .references(() => contentPages.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    beforeHtml: text('before_html').notNull().default(''),
    afterHtml: text('after_html').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.language] })],
);

/**
 * A linked page that shows an earlier version of the source in one language, because the source
 * changed and the adopting organisation has not taken the change over yet.
 */
export const contentLinkPins = pgTable(
  'content_link_pins',
  {
    pageId: uuid('page_id')
      .notNull()
      .references(() => contentPages.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    /** The source's version in this language the linked page shows. */
    number: integer('number').notNull(),
    pinnedAt: timestamp('pinned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.language] })],
);

/** A change of a source page that a linked page has been told of: pending until taken over. */
export const contentLinkChanges = pgTable(
  'content_link_changes',
  {
    id: uuid('id').primaryKey(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => contentPages.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    /** The version the linked page showed, and the source's new one. */
    fromNumber: integer('from_number').notNull(),
    toNumber: integer('to_number').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was taken over; null while pending. */
    takenAt: timestamp('taken_at', { withTimezone: true }),
    takenBy: uuid('taken_by'),
  },
  (t) => [index('content_link_changes_page').on(t.pageId, t.language)],
);

/** An organisation's content settings: the price per word it pays for translation (what adoptions save). */
export const contentSettings = pgTable('content_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** Euro cents per translated word; null when not set. */
  wordPriceCents: integer('word_price_cents'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An image in an organisation's library, with who made it and under which licence it may be used. */
export const contentMedia = pgTable(
  'content_media',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Blob keys: the file as uploaded, and the one resized for the web (the same when not resized). */
    originalKey: text('original_key').notNull(),
    webKey: text('web_key').notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width'),
    height: integer('height'),
    bytes: integer('bytes').notNull(),
    fileName: text('file_name').notNull(),
    altText: text('alt_text').notNull().default(''),
    author: text('author').notNull(),
    licence: text('licence').notNull(),
    sourceUrl: text('source_url'),
    /** Others may use it (with the attribution shown). */
    shared: boolean('shared').notNull().default(false),
    /**
     * When a published text of its organisation first showed it: from then on its web version is public
     * (citizens read the page without signing in), shared or not.
     */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('content_media_organisation').on(t.organisationId), index('content_media_shared').on(t.shared)],
);

/**
 * An XLIFF file returned by a translation agency, checked and waiting for confirmation: what would
 * be written (`versions`) and what did not match (`report`). Nothing is written until confirmed.
 */
export const contentXliffChecks = pgTable(
  'content_xliff_checks',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    targetLanguage: text('target_language').notNull(),
    fileName: text('file_name'),
    /** The versions the confirmation writes: page, language, basis, title and HTML. */
    versions: jsonb('versions').notNull(),
    /** Every unit that matched or not, with row-level detail. */
    report: jsonb('report').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('content_xliff_checks_organisation').on(t.organisationId)],
);
