import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/** Every organisation: the municipalities, Kreise and Länder of the directory and those added by administrators. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    /** Amtlicher Gemeindeschlüssel: 2 digits for a Land, 5 for a Kreis, 8 for a Gemeinde. */
    ags: varchar('ags', { length: 8 }),
    /** Amtlicher Regionalschlüssel, 12 digits (shorter for Land and Kreis as in VG250). */
    ars: varchar('ars', { length: 12 }),
    name: text('name').notNull(),
    /** Lower-case, umlaut-folded name used by the directory search (see search-name.ts). */
    searchName: text('search_name').notNull(),
    type: text('type').notNull(),
    /** Two-digit Land code (01 Schleswig-Holstein … 16 Thüringen); null for bodies without one. */
    landCode: varchar('land_code', { length: 2 }),
    kreisId: uuid('kreis_id'),
    landId: uuid('land_id'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    website: text('website'),
    description: text('description'),
    logoKey: text('logo_key'),
    /** `directory` for the official reference data, `manual` for organisations added by administrators. */
    source: text('source').notNull().default('manual'),
    /**
     * When a directory update found the Gemeinde (or Kreis) no longer in the official data (merged,
     * incorporated). The row stays, so its people and records keep their organisation.
     */
    dissolvedAt: timestamp('dissolved_at', { withTimezone: true }),
    /** The organisation it was merged into, when the update could tell. */
    successorId: uuid('successor_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_ags_key').on(t.ags),
    // fastupdate off: new rows go straight into the index instead of a pending list that every search
    // would scan until a vacuum merges it (PGlite never vacuums on its own).
    index('organisations_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`).with({ fastupdate: false }),
    index('organisations_search_name_prefix').on(sql`${t.searchName} text_pattern_ops`),
    index('organisations_land_type').on(t.landCode, t.type),
    index('organisations_kreis').on(t.kreisId),
  ],
);

/** E-mail domains an organisation has registered: people registering with them are confirmed automatically. */
export const organisationDomains = pgTable(
  'organisation_domains',
  {
    domain: text('domain').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_domains_org').on(t.organisationId)],
);

/** A person's home organisation: pending until an admin confirms it (or the e-mail domain does). */
export const organisationMemberships = pgTable(
  'organisation_memberships',
  {
    personId: uuid('person_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('member'),
    status: text('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by'),
  },
  (t) => [primaryKey({ columns: [t.personId] }), index('organisation_memberships_org').on(t.organisationId, t.status)],
);
