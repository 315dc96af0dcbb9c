import { and, asc, desc, eq, getTableColumns, gt, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { CooperationSnapshot } from '../../../shared/contracts/atlas.ts';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { cooperationContacts, cooperationInterests, cooperationRevisions, cooperations } from './tables.ts';

// Reads of the atlas records. Authors' and contacts' names come from the platform's persons table;
// organisations are read through organisations/summary.ts and organisations/regions.ts.

const partnerIdsColumn = sql<
  string[]
>`array(select p.organisation_id from cooperation_partners p where p.cooperation_id = cooperations.id order by p.position, p.organisation_id)`;

const { searchVector: _searchVector, ...recordColumns } = getTableColumns(cooperations);

export type RecordRow = Omit<typeof cooperations.$inferSelect, 'searchVector'> & {
  partnerIds: string[];
  contactCount: number;
};

function selectRecord(tx: Tx) {
  return tx
    .select({
      ...recordColumns,
      partnerIds: partnerIdsColumn,
      contactCount: sql<number>`(select count(*) from cooperation_contacts c where c.cooperation_id = cooperations.id)::int`,
    })
    .from(cooperations);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A record by its slug (or its ID, which the single-record address also accepts). */
export async function findBySlug(tx: Tx, slug: string): Promise<RecordRow | null> {
  const where = UUID.test(slug)
    ? or(eq(cooperations.id, slug), eq(cooperations.slug, slug))
    : eq(cooperations.slug, slug);
  const rows = await selectRecord(tx).where(where).limit(1);
  return (rows[0] as RecordRow | undefined) ?? null;
}

/** A record by ID; with `lock`, its row is locked against concurrent saves until the transaction ends. */
export async function findById(tx: Tx, id: string, lock = false): Promise<RecordRow | null> {
  const query = selectRecord(tx).where(eq(cooperations.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: cooperations }) : await query;
  return (rows[0] as RecordRow | undefined) ?? null;
}

/** Slugs already taken by `base` or `base-<n>`, other than the given record's own. */
export async function slugsLike(tx: Tx, base: string, exceptId?: string): Promise<string[]> {
  const rows = await tx
    .select({ slug: cooperations.slug })
    .from(cooperations)
    .where(
      and(
        or(eq(cooperations.slug, base), like(cooperations.slug, `${base}-%`)),
        exceptId ? ne(cooperations.id, exceptId) : undefined,
      ),
    );
  return rows.map((r) => r.slug);
}

/** The record holding a unique value (slug or external ID), or null. */
export async function ownerOf(tx: Tx, column: 'slug' | 'externalId', value: string): Promise<string | null> {
  const rows = await tx
    .select({ id: cooperations.id })
    .from(cooperations)
    .where(eq(cooperations[column], value))
    .limit(1);
  return rows[0]?.id ?? null;
}

/** The IDs among those given that name a person. */
export async function existingPersonIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: persons.id }).from(persons).where(inArray(persons.id, ids));
  return new Set(rows.map((r) => r.id));
}

export interface ContactRow {
  id: string;
  personId: string | null;
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
  personName: string | null;
  personEmail: string | null;
  personLocale: string | null;
  personLocked: boolean;
}

/** A record's contacts in their order, with the linked people's current names and addresses. */
export async function contactsOf(tx: Tx, cooperationId: string): Promise<ContactRow[]> {
  return tx
    .select({
      id: cooperationContacts.id,
      personId: cooperationContacts.personId,
      name: cooperationContacts.name,
      role: cooperationContacts.role,
      email: cooperationContacts.email,
      phone: cooperationContacts.phone,
      personName: persons.name,
      personEmail: persons.email,
      personLocale: persons.locale,
      personLocked: sql<boolean>`${persons.lockedAt} is not null`,
    })
    .from(cooperationContacts)
    .leftJoin(persons, eq(persons.id, cooperationContacts.personId))
    .where(eq(cooperationContacts.cooperationId, cooperationId))
    .orderBy(asc(cooperationContacts.position));
}

const revisionSummaryColumns = {
  number: cooperationRevisions.number,
  action: cooperationRevisions.action,
  authorName: persons.name,
  createdAt: cooperationRevisions.createdAt,
};

/** A record's revisions, newest first. */
export async function revisionsOf(tx: Tx, cooperationId: string) {
  return tx
    .select(revisionSummaryColumns)
    .from(cooperationRevisions)
    .leftJoin(persons, eq(persons.id, cooperationRevisions.authorId))
    .where(eq(cooperationRevisions.cooperationId, cooperationId))
    .orderBy(desc(cooperationRevisions.number));
}

/** One revision with its snapshot, or null. */
export async function revisionOf(tx: Tx, cooperationId: string, number: number) {
  const rows = await tx
    .select({ ...revisionSummaryColumns, snapshot: cooperationRevisions.snapshot })
    .from(cooperationRevisions)
    .leftJoin(persons, eq(persons.id, cooperationRevisions.authorId))
    .where(and(eq(cooperationRevisions.cooperationId, cooperationId), eq(cooperationRevisions.number, number)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, snapshot: row.snapshot as unknown as CooperationSnapshot } : null;
}

/** Who made the latest revision with this action (e.g. who submitted the record), or null. */
export async function lastAuthorOf(tx: Tx, cooperationId: string, action: string): Promise<string | null> {
  const rows = await tx
    .select({ authorId: cooperationRevisions.authorId })
    .from(cooperationRevisions)
    .where(and(eq(cooperationRevisions.cooperationId, cooperationId), eq(cooperationRevisions.action, action)))
    .orderBy(desc(cooperationRevisions.number))
    .limit(1);
  return rows[0]?.authorId ?? null;
}

/** The people who moderate the atlas: platform admins whose accounts are not locked. */
export async function platformAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.isPlatformAdmin, true), sql`${persons.lockedAt} is null`));
  return rows.map((r) => r.id);
}

/** The sender of a contact request as the mail and notification name them. */
export async function senderOf(tx: Tx, personId: string) {
  const rows = await tx
    .select({
      name: persons.name,
      email: persons.email,
      verified: sql<boolean>`${persons.emailVerifiedAt} is not null`,
    })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  return rows[0] ?? null;
}

/** How many interests the person sent in the last hour, and to this record in the last day. */
export async function recentInterests(tx: Tx, personId: string, cooperationId: string) {
  const rows = await tx
    .select({
      lastHour: sql<number>`count(*) filter (where ${cooperationInterests.createdAt} > now() - interval '1 hour')::int`,
      thisRecordToday: sql<number>`count(*) filter (where ${cooperationInterests.cooperationId} = ${cooperationId})::int`,
    })
    .from(cooperationInterests)
    .where(
      and(
        eq(cooperationInterests.personId, personId),
        gt(cooperationInterests.createdAt, sql`now() - interval '1 day'`),
      ),
    );
  return rows[0] ?? { lastHour: 0, thisRecordToday: 0 };
}

export const cardColumns = {
  id: cooperations.id,
  slug: cooperations.slug,
  title: cooperations.title,
  summary: cooperations.summary,
  sector: cooperations.sector,
  fields: cooperations.fields,
  legalForm: cooperations.legalForm,
  status: cooperations.status,
  state: cooperations.state,
  startYear: cooperations.startYear,
  landCodes: cooperations.landCodes,
  transferable: cooperations.transferable,
  synthetic: cooperations.synthetic,
  partnerIds: partnerIdsColumn,
};

export type CardRow = {
  [K in keyof typeof cardColumns]: K extends 'partnerIds'
    ? string[]
    : (typeof cooperations.$inferSelect)[K & keyof typeof cooperations.$inferSelect];
};

/** Records as list cards, filtered and ordered by the caller's SQL. */
export async function cardRows(tx: Tx, where: SQL | undefined, orderBy: SQL[], limit: number): Promise<CardRow[]> {
  const rows = await tx
    .select(cardColumns)
    .from(cooperations)
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
  return rows as CardRow[];
}

/** Records by ID, locked against concurrent saves until the transaction ends (saving many at once). */
export async function findByIds(tx: Tx, ids: string[]): Promise<Map<string, RecordRow>> {
  if (ids.length === 0) return new Map();
  const rows = (await selectRecord(tx)
    .where(inArray(cooperations.id, ids))
    .for('update', { of: cooperations })) as RecordRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Which records hold the given slugs and external IDs (for checking many unique values at once). */
export async function ownersOf(
  tx: Tx,
  values: { slugs: string[]; externalIds: string[] },
): Promise<{ slugs: Map<string, string>; externalIds: Map<string, string> }> {
  const conditions = [
    values.slugs.length > 0 ? inArray(cooperations.slug, values.slugs) : undefined,
    values.externalIds.length > 0 ? inArray(cooperations.externalId, values.externalIds) : undefined,
  ].filter(Boolean);
  const slugs = new Map<string, string>();
  const externalIds = new Map<string, string>();
  if (conditions.length === 0) return { slugs, externalIds };
  const rows = await tx
    .select({ id: cooperations.id, slug: cooperations.slug, externalId: cooperations.externalId })
    .from(cooperations)
    .where(or(...conditions));
  for (const row of rows) {
    slugs.set(row.slug, row.id);
    if (row.externalId) externalIds.set(row.externalId, row.id);
  }
  return { slugs, externalIds };
}
