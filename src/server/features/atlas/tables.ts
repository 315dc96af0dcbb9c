import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables.ts';

/** Postgres `tsvector`; written with SQL (to_tsvector/setweight), never parsed in the app. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

export interface Award {
  name: string;
  year?: number | null;
}
export interface Funding {
  programme: string;
  amount?: number | null;
}

/** A record of the Kooperationsatlas: who cooperates on what, how, since when, with what results. */
export const cooperations = pgTable(
  'cooperations',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    /** An importer's own key, so re-importing the same file updates instead of duplicating. */
    externalId: text('external_id'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** COFOG division "01"…"10" and optionally a group such as "03.2". */
    sector: varchar('sector', { length: 2 }).notNull(),
    sectorGroup: varchar('sector_group', { length: 4 }),
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    externalPartners: text('external_partners').array().notNull().default(sql`'{}'::text[]`),
    website: text('website'),
    startYear: integer('start_year'),
    endYear: integer('end_year'),
    status: text('status').notNull(),
    legalForm: text('legal_form').notNull(),
    awards: jsonb('awards').$type<Award[]>().notNull().default([]),
    funding: jsonb('funding').$type<Funding[]>().notNull().default([]),
    /** Euros. */
    investment: bigint('investment', { mode: 'number' }),
    yearlySavings: bigint('yearly_savings', { mode: 'number' }),
    populationServed: integer('population_served'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** True when an editor placed the point; otherwise it follows the centre of the partners. */
    locationSet: boolean('location_set').notNull().default(false),
    /** Sanitised HTML of the four sections. */
    description: text('description').notNull().default(''),
    currentStatus: text('current_status').notNull().default(''),
    lessonsLearned: text('lessons_learned').notNull().default(''),
    furtherInformation: text('further_information').notNull().default(''),
    transferable: boolean('transferable').notNull().default(false),
    transferRequirements: text('transfer_requirements').notNull().default(''),
    /** Workflow: draft, review, published, archived. */
    state: text('state').notNull().default('draft'),
    /** Derived from the linked partners on every save: two-digit Land codes and Kreis organisation IDs. */
    landCodes: text('land_codes').array().notNull().default(sql`'{}'::text[]`),
    kreisIds: uuid('kreis_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Records made by scripts/generate-cooperations.ts for benchmarks; never shown as real. */
    synthetic: boolean('synthetic').notNull().default(false),
    interestCount: integer('interest_count').notNull().default(0),
    /** Number of the latest revision. */
    revision: integer('revision').notNull().default(1),
    searchVector: tsvector('search_vector'),
    /**
     * The words this record adds to atlas_terms (folded, empty unless published), kept so a re-index
     * can count only the difference and archiving or deleting can take them back.
     */
    indexedTerms: text('indexed_terms').array().notNull().default(sql`'{}'::text[]`),
    /**
     * The record's map point as the search answers it (JSON: id, slug, title, sector, latitude,
     * longitude), null without a location; written by indexCooperation so a search joins strings
     * instead of building JSON for every matching record. Together with the facet columns it is in
     * the partial index `cooperations_published_search` (migration 0009, INCLUDE columns, which
     * Drizzle cannot declare), so a search without words reads that index instead of the wide rows.
     */
    searchPoint: text('search_point'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('cooperations_slug_key').on(t.slug),
    uniqueIndex('cooperations_external_id_key').on(t.externalId),
    index('cooperations_search').using('gin', t.searchVector).with({ fastupdate: false }),
    index('cooperations_state_start').on(t.state, t.startYear),
    index('cooperations_state_published').on(t.state, t.publishedAt),
    index('cooperations_fields').using('gin', t.fields).with({ fastupdate: false }),
    index('cooperations_land_codes').using('gin', t.landCodes).with({ fastupdate: false }),
    index('cooperations_kreis_ids').using('gin', t.kreisIds).with({ fastupdate: false }),
  ],
);

/** Organisations of the directory taking part in a cooperation; their pages list it. */
export const cooperationPartners = pgTable(
  'cooperation_partners',
  {
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.cooperationId, t.organisationId] }),
    index('cooperation_partners_org').on(t.organisationId),
  ],
);

/** Contact persons: a person on the platform (personId) or an external name with e-mail/phone. */
export const cooperationContacts = pgTable(
  'cooperation_contacts',
  {
    id: uuid('id').primaryKey(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id'),
    name: text('name'),
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('cooperation_contacts_coop').on(t.cooperationId), index('cooperation_contacts_person').on(t.personId)],
);

/** Every save of a record: a full snapshot of its editable fields, its author and time. */
export const cooperationRevisions = pgTable(
  'cooperation_revisions',
  {
    id: uuid('id').primaryKey(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    /** What happened: created, edited, submitted, published, returned, archived, restored, imported. */
    action: text('action').notNull(),
    authorId: uuid('author_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cooperation_revisions_number').on(t.cooperationId, t.number)],
);

/** "Kontakt aufnehmen / Interesse an Nachnutzung": messages from signed-in people to a record's contacts. */
export const cooperationInterests = pgTable(
  'cooperation_interests',
  {
    id: uuid('id').primaryKey(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull(),
    /** `contact` or `reuse`. */
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cooperation_interests_coop').on(t.cooperationId),
    index('cooperation_interests_person').on(t.personId, t.createdAt),
  ],
);

/**
 * The words of published records (lower case, umlauts folded as ae/oe/ue/ss) with how many records use them: the
 * source of "Meinten Sie …?" suggestions (pg_trgm similarity) and of compound-part expansion
 * ("versorgung" → "wasserversorgung").
 */
export const atlasTerms = pgTable(
  'atlas_terms',
  {
    term: text('term').primaryKey(),
    documents: integer('documents').notNull().default(0),
  },
  (t) => [index('atlas_terms_trgm').using('gin', sql`${t.term} gin_trgm_ops`).with({ fastupdate: false })],
);

/** Validated imports waiting for an admin's confirmation; nothing is written to the atlas before. */
export const atlasImports = pgTable('atlas_imports', {
  id: uuid('id').primaryKey(),
  createdBy: uuid('created_by').notNull(),
  format: text('format').notNull(),
  rows: jsonb('rows').$type<Record<string, unknown>[]>().notNull(),
  /** Columns of the file the import did not know (shown with the report, e.g. a misspelt header). */
  ignoredColumns: text('ignored_columns').array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
});

/**
 * What a confirmed import has written so far, one row per record, so that a failed import can be taken
 * back whole: `before` is null for a record the import created (it is deleted) and holds the record's
 * row, partners and contacts as they were for one it updated (they are put back). Written in the
 * transaction of each chunk; emptied when the import ends.
 */
export const atlasImportWrites = pgTable(
  'atlas_import_writes',
  {
    importId: uuid('import_id').notNull(),
    cooperationId: uuid('cooperation_id')
      .notNull()
      .references(() => cooperations.id, { onDelete: 'cascade' }),
    before: jsonb('before').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.cooperationId] })],
);
