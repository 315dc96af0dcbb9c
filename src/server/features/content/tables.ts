import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_pages_organisation_slug').on(t.organisationId, t.slug),
    index('content_pages_parent').on(t.parentId),
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
    /** written (by a person), machine (machine translation), xliff (returned by an agency). */
    origin: text('origin').notNull().default('written'),
    /** A machine translation stays marked until a person has reviewed it. */
    reviewed: boolean('reviewed').notNull().default(true),
    authorId: uuid('author_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('content_versions_page_language_number').on(t.pageId, t.language, t.number)],
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
