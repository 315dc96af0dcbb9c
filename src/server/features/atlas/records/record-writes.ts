import { eq, inArray, sql } from 'drizzle-orm';
import type { CooperationSnapshot } from '../../../../shared/contracts/atlas.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import {
  cooperationContacts,
  cooperationInterests,
  cooperationPartners,
  cooperationRevisions,
  cooperations,
} from '../tables.ts';

// Writes of the atlas records, always inside the caller's transaction.

export type RecordValues = Omit<
  typeof cooperations.$inferInsert,
  'id' | 'searchVector' | 'interestCount' | 'createdAt' | 'createdBy' | 'revision'
>;

/** Inserts a record; null when its slug was taken in the meantime (the caller tries the next one). */
export async function insertRecord(
  tx: Tx,
  id: string,
  values: RecordValues & { createdBy: string | null },
): Promise<boolean> {
  const rows = await tx
    .insert(cooperations)
    .values({ ...values, id, revision: 1 })
    .onConflictDoNothing({ target: cooperations.slug })
    .returning({ id: cooperations.id });
  return rows.length > 0;
}

/** Replaces a record's fields and moves it to the given revision number. */
export async function updateRecord(tx: Tx, id: string, values: RecordValues, revision: number): Promise<void> {
  await tx
    .update(cooperations)
    .set({ ...values, revision, updatedAt: new Date() })
    .where(eq(cooperations.id, id));
}

/** Moves a record to another workflow state (publishing stamps the first publication). */
export async function updateState(tx: Tx, id: string, state: string, revision: number): Promise<void> {
  await tx
    .update(cooperations)
    .set({
      state,
      revision,
      updatedAt: new Date(),
      ...(state === 'published' ? { publishedAt: sql`coalesce(${cooperations.publishedAt}, now())` } : {}),
    })
    .where(eq(cooperations.id, id));
}

/** The partner organisations in the order given. */
export async function replacePartners(tx: Tx, cooperationId: string, organisationIds: readonly string[]) {
  await tx.delete(cooperationPartners).where(eq(cooperationPartners.cooperationId, cooperationId));
  if (organisationIds.length === 0) return;
  await tx
    .insert(cooperationPartners)
    .values(organisationIds.map((organisationId, position) => ({ cooperationId, organisationId, position })));
}

export interface ContactValues {
  personId: string | null;
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

/** The contacts in the order given. */
export async function replaceContacts(tx: Tx, cooperationId: string, contacts: readonly ContactValues[]) {
  await tx.delete(cooperationContacts).where(eq(cooperationContacts.cooperationId, cooperationId));
  if (contacts.length === 0) return;
  await tx
    .insert(cooperationContacts)
    .values(contacts.map((contact, position) => ({ ...contact, id: newId(), cooperationId, position })));
}

export async function insertRevision(
  tx: Tx,
  input: {
    cooperationId: string;
    number: number;
    snapshot: CooperationSnapshot;
    action: string;
    authorId: string | null;
  },
): Promise<void> {
  await tx.insert(cooperationRevisions).values({
    id: newId(),
    cooperationId: input.cooperationId,
    number: input.number,
    snapshot: input.snapshot as unknown as Record<string, unknown>,
    action: input.action,
    authorId: input.authorId,
  });
}

/** Records a contact request and counts it on the record; returns the new count. */
export async function recordInterest(
  tx: Tx,
  input: { cooperationId: string; personId: string; kind: string; message: string },
): Promise<number> {
  await tx.insert(cooperationInterests).values({ id: newId(), ...input });
  const rows = await tx
    .update(cooperations)
    .set({ interestCount: sql`${cooperations.interestCount} + 1` })
    .where(eq(cooperations.id, input.cooperationId))
    .returning({ interestCount: cooperations.interestCount });
  return rows[0]?.interestCount ?? 0;
}

// The same writes for many records at once (the import's chunks): one statement each, or a few where
// the rows would pass PostgreSQL's limit of 65,535 parameters (a record has up to 100 partners).
const ROWS_PER_INSERT = 2_000;
const slices = <T>(rows: T[]) =>
  Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, i) =>
    rows.slice(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT),
  );

/** Inserts new records; returns the IDs inserted (a record whose slug was taken meanwhile is left out). */
export async function insertRecords(
  tx: Tx,
  rows: (RecordValues & { id: string; createdBy: string | null })[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx
    .insert(cooperations)
    .values(rows.map((row) => ({ ...row, revision: 1 })))
    .onConflictDoNothing({ target: cooperations.slug })
    .returning({ id: cooperations.id });
  return new Set(inserted.map((r) => r.id));
}

/** Every record's partners, in the order given (for records that had partners before, call with `replace`). */
export async function replacePartnersOfMany(
  tx: Tx,
  partners: { cooperationId: string; organisationIds: readonly string[] }[],
  replace: string[],
) {
  if (replace.length > 0)
    await tx.delete(cooperationPartners).where(inArray(cooperationPartners.cooperationId, replace));
  const rows = partners.flatMap(({ cooperationId, organisationIds }) =>
    organisationIds.map((organisationId, position) => ({ cooperationId, organisationId, position })),
  );
  for (const slice of slices(rows)) await tx.insert(cooperationPartners).values(slice);
}

/** Every record's contacts, in the order given (for records that had contacts before, call with `replace`). */
export async function replaceContactsOfMany(
  tx: Tx,
  contacts: { cooperationId: string; contacts: readonly ContactValues[] }[],
  replace: string[],
) {
  if (replace.length > 0)
    await tx.delete(cooperationContacts).where(inArray(cooperationContacts.cooperationId, replace));
  const rows = contacts.flatMap(({ cooperationId, contacts: list }) =>
    list.map((contact, position) => ({ ...contact, id: newId(), cooperationId, position })),
  );
  for (const slice of slices(rows)) await tx.insert(cooperationContacts).values(slice);
}

export async function insertRevisions(
  tx: Tx,
  revisions: {
    cooperationId: string;
    number: number;
    snapshot: CooperationSnapshot;
    action: string;
    authorId: string | null;
  }[],
): Promise<void> {
  if (revisions.length === 0) return;
  await tx
    .insert(cooperationRevisions)
    .values(revisions.map((r) => ({ ...r, id: newId(), snapshot: r.snapshot as unknown as Record<string, unknown> })));
}
