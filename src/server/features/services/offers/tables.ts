import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { persons } from '../../../platform/auth/tables.ts';
import { tsvector } from '../../atlas/tables.ts';
import { organisations } from '../../organisations/tables.ts';

// Competence centre offers (Leistungsangebote): what an organisation offers others, who asked for it
// and the agreements that followed. Every table is written by this area only.

/**
 * A service one organisation offers others. `audience` says who sees and may use it: `platform`
 * (everyone signed in), `alliance` (the member organisations of `alliance_id`) or `land` (the
 * organisations of `land_code`); the offering organisation's members always see it. The § 108 (6)
 * GWB checklist is kept in the `exempt_*` columns. `withdrawn_at` ends it: only its owners see it then.
 */
export const serviceOffers = pgTable(
  'service_offers',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** LeiKa key of the administrative service (14 digits). */
    leikaKey: varchar('leika_key', { length: 14 }),
    /** A task field code of the atlas (src/shared/atlas/task-fields.ts). */
    taskField: text('task_field'),
    capacity: text('capacity').notNull().default(''),
    serviceLevel: text('service_level').notNull().default(''),
    priceModel: text('price_model').notNull(),
    /** Integer cents; null for cost recovery or when no number is given. */
    priceCents: bigint('price_cents', { mode: 'number' }),
    priceNote: text('price_note').notNull().default(''),
    legalBasis: text('legal_basis').notNull(),
    audience: text('audience').notNull(),
    allianceId: uuid('alliance_id'),
    landCode: varchar('land_code', { length: 2 }),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    exemptCommonGoals: boolean('exempt_common_goals').notNull().default(false),
    exemptPublicInterest: boolean('exempt_public_interest').notNull().default(false),
    exemptMarketBelow20: boolean('exempt_market_below_20').notNull().default(false),
    exemptionNote: text('exemption_note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, left(description, 10000)), 'B')`,
    ),
  },
  (t) => [
    index('service_offers_organisation').on(t.organisationId),
    index('service_offers_search').using('gin', t.searchVector),
  ],
);

/** The people of the offering organisation named as the offer's experts, in the order given. */
export const serviceOfferExperts = pgTable(
  'service_offer_experts',
  {
    offerId: uuid('offer_id')
      .notNull()
      .references(() => serviceOffers.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.personId] })],
);

/**
 * Another organisation asks for an offer (Anfrage). `state`: `open`, `accepted`, `declined`, or
 * `withdrawn` by the requesting side before an answer (`withdrawn_at`). Once
 * accepted, the provider records the agreement (`agreement_*`; the parties are the two organisations)
 * and may make a draft cooperation of the atlas from it (`cooperation_id`). One open request per
 * organisation and offer.
 */
export const serviceOfferRequests = pgTable(
  'service_offer_requests',
  {
    id: uuid('id').primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => serviceOffers.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').notNull(),
    message: text('message').notNull(),
    state: text('state').notNull().default('open'),
    answerNote: text('answer_note').notNull().default(''),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    agreementStart: date('agreement_start'),
    agreementDocumentUrl: text('agreement_document_url'),
    agreementRecordedAt: timestamp('agreement_recorded_at', { withTimezone: true }),
    cooperationId: uuid('cooperation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_offer_requests_offer').on(t.offerId, t.createdAt),
    index('service_offer_requests_organisation').on(t.organisationId),
    uniqueIndex('service_offer_requests_open').on(t.offerId, t.organisationId).where(sql`state = 'open'`),
  ],
);
