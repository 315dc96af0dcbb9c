import { and, asc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Tx } from '../../../platform/db/client.ts';
// Read-only: partners are named by AGS in import files; the directory says which organisation that is.
import { organisations } from '../../organisations/tables.ts';
import { atlasImports, cooperationContacts, cooperationPartners, cooperations } from '../tables.ts';
import type { PlannedRow } from './import-plan.ts';

export type PlannedKey = Pick<PlannedRow, 'row' | 'title' | 'match' | 'existingId'> & { writable: boolean };

/** Directory organisations by AGS and by ID: each reference found maps to its organisation ID. */
export async function organisationsByReference(tx: Tx, refs: { ags: string[]; ids: string[] }) {
  const found = new Map<string, string>();
  if (refs.ags.length > 0) {
    const rows = await tx
      .select({ id: organisations.id, ags: organisations.ags })
      .from(organisations)
      .where(inArray(organisations.ags, refs.ags));
    for (const row of rows) if (row.ags) found.set(row.ags, row.id);
  }
  if (refs.ids.length > 0) {
    const rows = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, refs.ids));
    for (const row of rows) found.set(row.id, row.id);
  }
  return found;
}

export interface RecordKey {
  id: string;
  slug: string;
  externalId: string | null;
}

/** The records that carry one of the slugs or external IDs (to decide between creating and updating). */
export async function recordsByKeys(tx: Tx, keys: { slugs: string[]; externalIds: string[] }): Promise<RecordKey[]> {
  const conditions = [
    keys.slugs.length > 0 ? inArray(cooperations.slug, keys.slugs) : undefined,
    keys.externalIds.length > 0 ? inArray(cooperations.externalId, keys.externalIds) : undefined,
  ].filter(Boolean);
  if (conditions.length === 0) return [];
  return tx
    .select({ id: cooperations.id, slug: cooperations.slug, externalId: cooperations.externalId })
    .from(cooperations)
    .where(or(...conditions));
}

export interface StoredRecord {
  input: CooperationInput;
  /** The point as stored, and whether an editor placed it (otherwise it follows the partners). */
  point: { latitude: number; longitude: number } | null;
  locationSet: boolean;
}

/** Stored records as the input that would write them again: what an update starts from. */
export async function storedRecords(tx: Tx, ids: string[]): Promise<Map<string, StoredRecord>> {
  const result = new Map<string, StoredRecord>();
  if (ids.length === 0) return result;
  const [rows, partners, contacts] = await Promise.all([
    tx.select().from(cooperations).where(inArray(cooperations.id, ids)),
    tx
      .select()
      .from(cooperationPartners)
      .where(inArray(cooperationPartners.cooperationId, ids))
      .orderBy(asc(cooperationPartners.position)),
    tx
      .select()
      .from(cooperationContacts)
      .where(inArray(cooperationContacts.cooperationId, ids))
      .orderBy(asc(cooperationContacts.position)),
  ]);
  for (const r of rows) {
    const point = r.latitude != null && r.longitude != null ? { latitude: r.latitude, longitude: r.longitude } : null;
    result.set(r.id, {
      point,
      locationSet: r.locationSet,
      input: {
        title: r.title,
        summary: r.summary,
        slug: r.slug,
        externalId: r.externalId,
        sector: r.sector,
        sectorGroup: r.sectorGroup,
        fields: r.fields,
        keywords: r.keywords,
        partnerIds: partners.filter((p) => p.cooperationId === r.id).map((p) => p.organisationId),
        externalPartners: r.externalPartners,
        contacts: contacts
          .filter((c) => c.cooperationId === r.id)
          .map((c) => ({ personId: c.personId, name: c.name, role: c.role, email: c.email, phone: c.phone })),
        website: r.website,
        startYear: r.startYear,
        endYear: r.endYear,
        status: r.status,
        legalForm: r.legalForm,
        awards: r.awards.map((a) => ({ name: a.name, year: a.year ?? null })),
        funding: r.funding.map((f) => ({ programme: f.programme, amount: f.amount ?? null })),
        investment: r.investment,
        yearlySavings: r.yearlySavings,
        populationServed: r.populationServed,
        location: r.locationSet ? point : null,
        description: r.description,
        currentStatus: r.currentStatus,
        lessonsLearned: r.lessonsLearned,
        furtherInformation: r.furtherInformation,
        transferable: r.transferable,
        transferRequirements: r.transferRequirements,
      },
    });
  }
  return result;
}

export async function insertImport(tx: Tx, values: typeof atlasImports.$inferInsert) {
  const [row] = await tx.insert(atlasImports).values(values).returning();
  return row as typeof atlasImports.$inferSelect;
}

/** An import without its rows (which may be megabytes): enough to decide who may read it. */
export async function findImportHead(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      id: atlasImports.id,
      createdBy: atlasImports.createdBy,
      createdAt: atlasImports.createdAt,
      confirmedAt: atlasImports.confirmedAt,
    })
    .from(atlasImports)
    .where(eq(atlasImports.id, id));
  return row;
}

/** What confirming needs of each planned row, read inside the database (the rows with their records may be megabytes). */
export async function plannedKeys(tx: Tx, id: string): Promise<PlannedKey[]> {
  const rows = await tx.execute(sql`
    select (r->>'row')::int as "row", r->>'title' as title, r->'match' as match, r->>'existingId' as "existingId",
      jsonb_array_length(r->'problems') = 0 and jsonb_typeof(r->'input') = 'object' as writable
    from atlas_imports i, jsonb_array_elements(i.rows) with ordinality as e(r, n)
    where i.id = ${id}::uuid order by e.n`);
  return (Array.isArray(rows) ? rows : (rows as { rows: PlannedKey[] }).rows) as PlannedKey[];
}

/** An import's format and number of rows, without the rows. */
export async function importSize(tx: Tx, id: string): Promise<{ format: string; rows: number } | undefined> {
  const [row] = await tx
    .select({ format: atlasImports.format, rows: sql<number>`jsonb_array_length(${atlasImports.rows})::int` })
    .from(atlasImports)
    .where(eq(atlasImports.id, id));
  return row;
}

/**
 * The planned rows `from` to `to` (exclusive) of an import. Reading a few hundred at a time keeps each
 * read short: all 5,000 at once are megabytes, which on PGlite would hold everyone's connection.
 */
export async function plannedRowsBetween(tx: Tx, id: string, from: number, to: number): Promise<PlannedRow[]> {
  const [row] = await tx
    .select({
      rows: sql<PlannedRow[]>`jsonb_path_query_array(${atlasImports.rows}, ${`$[${from} to ${to - 1}]`}::jsonpath)`,
    })
    .from(atlasImports)
    .where(eq(atlasImports.id, id));
  return row?.rows ?? [];
}

export async function findImport(tx: Tx, id: string) {
  const [row] = await tx.select().from(atlasImports).where(eq(atlasImports.id, id));
  return row;
}

/** Claims an import for confirmation; only one caller gets it, so it is never written twice. */
export async function claimImport(tx: Tx, id: string) {
  const [row] = await tx
    .update(atlasImports)
    .set({ confirmedAt: new Date() })
    .where(and(eq(atlasImports.id, id), isNull(atlasImports.confirmedAt)))
    .returning({ id: atlasImports.id });
  return row !== undefined;
}

/** Drops imports older than the given age: a report is meant to be confirmed or dropped the same day. */
export async function discardImportsBefore(tx: Tx, before: Date) {
  await tx.delete(atlasImports).where(lt(atlasImports.createdAt, sql`${before.toISOString()}::timestamptz`));
}
