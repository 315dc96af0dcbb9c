import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { alliances } from '../../alliances/tables.ts';
import { organisations } from '../../organisations/tables.ts';

// Joint procurement (Bedarfsbündelung) and the bundling radar. Money in integer euro cents; people
// (created_by, declared_by) without a foreign key, as elsewhere, so an erased account keeps the rows.

/** A joint purchase opened by a lead organisation. `visibility` alliance names the alliance. */
export const procurementPurchases = pgTable(
  'procurement_purchases',
  {
    id: uuid('id').primaryKey(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    cpvCodes: text('cpv_codes').array().notNull(),
    estimatedValueCents: bigint('estimated_value_cents', { mode: 'number' }).notNull(),
    contractKind: text('contract_kind').notNull(),
    authorityKind: text('authority_kind').notNull(),
    stage: text('stage').notNull().default('needs-survey'),
    needsDeadline: timestamp('needs_deadline', { withTimezone: true }).notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    visibility: text('visibility').notNull(),
    allianceId: uuid('alliance_id').references(() => alliances.id, { onDelete: 'set null' }),
    tenderReference: text('tender_reference'),
    awardedTo: text('awarded_to'),
    awardedValueCents: bigint('awarded_value_cents', { mode: 'number' }),
    awardedAt: timestamp('awarded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('procurement_purchases_owner').on(t.ownerOrganisationId),
    index('procurement_purchases_alliance').on(t.allianceId),
  ],
);

/** A lot (Los) of a purchase, in the order the lead gave. */
export const procurementLots = pgTable(
  'procurement_lots',
  {
    id: uuid('id').primaryKey(),
    purchaseId: uuid('purchase_id')
      .notNull()
      .references(() => procurementPurchases.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    unit: text('unit').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [uniqueIndex('procurement_lots_position').on(t.purchaseId, t.position)],
);

/** One organisation's need for one lot; seen by the lead and that organisation only. */
export const procurementNeeds = pgTable(
  'procurement_needs',
  {
    id: uuid('id').primaryKey(),
    purchaseId: uuid('purchase_id')
      .notNull()
      .references(() => procurementPurchases.id, { onDelete: 'cascade' }),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => procurementLots.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    quantity: integer('quantity').notNull(),
    budgetCents: bigint('budget_cents', { mode: 'number' }).notNull(),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    note: text('note').notNull().default(''),
    declaredBy: uuid('declared_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('procurement_needs_lot_organisation').on(t.lotId, t.organisationId),
    index('procurement_needs_purchase').on(t.purchaseId, t.organisationId),
  ],
);

/** "We plan to buy": an organisation's intended purchase, which the radar compares with others. */
export const procurementPlans = pgTable(
  'procurement_plans',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').notNull(),
    title: text('title').notNull(),
    cpvCode: text('cpv_code').notNull(),
    cpvGroup: text('cpv_group').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    quantity: integer('quantity'),
    unit: text('unit').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('procurement_plans_group').on(t.cpvGroup),
    index('procurement_plans_organisation').on(t.organisationId),
  ],
);

/**
 * A bundling proposal of the radar between two entries (plan or purchase) of two organisations. The
 * pair is stored in a fixed order (smaller ID first), so each pair is proposed, and notified, once.
 */
export const procurementRadarMatches = pgTable(
  'procurement_radar_matches',
  {
    id: uuid('id').primaryKey(),
    firstKind: text('first_kind').notNull(),
    firstId: uuid('first_id').notNull(),
    firstOrganisationId: uuid('first_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    secondKind: text('second_kind').notNull(),
    secondId: uuid('second_id').notNull(),
    secondOrganisationId: uuid('second_organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    cpvGroup: text('cpv_group').notNull(),
    reason: text('reason').notNull(),
    allianceId: uuid('alliance_id').references(() => alliances.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('procurement_radar_pair').on(t.firstId, t.secondId),
    index('procurement_radar_first_org').on(t.firstOrganisationId),
    index('procurement_radar_second_org').on(t.secondOrganisationId),
  ],
);
