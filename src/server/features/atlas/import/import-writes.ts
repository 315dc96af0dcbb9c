import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { cooperations } from '../tables.ts';

// The SQL of atlas_import_writes: what a running import has written, so that a failure can take it back.

/** Keeps the records as they are now (row, partners, contacts) before the import updates them. */
export async function rememberBefore(tx: Tx, importId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`
    insert into atlas_import_writes (import_id, cooperation_id, before)
    select ${importId}::uuid, c.id, jsonb_build_object(
      'record', to_jsonb(c) - 'search_vector' - 'indexed_terms' - 'search_point',
      'partners', coalesce((select jsonb_agg(to_jsonb(p)) from cooperation_partners p where p.cooperation_id = c.id), '[]'),
      'contacts', coalesce((select jsonb_agg(to_jsonb(k)) from cooperation_contacts k where k.cooperation_id = c.id), '[]'))
    from cooperations c where c.id = any(${uuidArray(ids)})
    on conflict do nothing`);
}

/** Notes the records the import created. */
export async function rememberCreated(tx: Tx, importId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`
    insert into atlas_import_writes (import_id, cooperation_id, before)
    select ${importId}::uuid, id, null from unnest(${uuidArray(ids)}) id
    on conflict do nothing`);
}

/** How many records the import created and updated so far. */
export async function writtenCounts(tx: Tx, importId: string): Promise<{ created: number; updated: number }> {
  const [row] = rowsOf<{ created: number; updated: number }>(
    await tx.execute(sql`
      select count(*) filter (where before is null)::int as created, count(before)::int as updated
      from atlas_import_writes where import_id = ${importId}::uuid`),
  );
  return { created: row?.created ?? 0, updated: row?.updated ?? 0 };
}

/** The next records to take back: created ones first (their slugs may be what an updated record had). */
export async function nextWrites(
  tx: Tx,
  importId: string,
  limit: number,
): Promise<{ created: string[]; updated: string[] }> {
  const rows = rowsOf<{ id: string; created: boolean }>(
    await tx.execute(sql`
      select cooperation_id as id, before is null as created from atlas_import_writes
      where import_id = ${importId}::uuid
      order by before is null desc, cooperation_id limit ${limit}`),
  );
  return {
    created: rows.filter((r) => r.created).map((r) => r.id),
    updated: rows.filter((r) => !r.created).map((r) => r.id),
  };
}

/** The columns a save writes, which taking an update back restores (not the index, the interest count, the creation). */
const RESTORED = Object.values(getTableColumns(cooperations))
  .map((column) => column.name)
  .filter(
    (name) =>
      !['id', 'interest_count', 'search_vector', 'indexed_terms', 'search_point', 'created_by', 'created_at'].includes(
        name,
      ),
  );

/**
 * Puts updated records back as they were before the import: row, partners and contacts, and drops
 * the revisions the import added. A record someone saved after the import is left as it is (its
 * revision is past the import's); returns the IDs restored and the slugs of those left.
 */
export async function restoreBefore(
  tx: Tx,
  importId: string,
  ids: string[],
): Promise<{ restored: string[]; kept: string[] }> {
  if (ids.length === 0) return { restored: [], kept: [] };
  const states = rowsOf<{ id: string; slug: string; restorable: boolean }>(
    await tx.execute(sql`
      select c.id, c.slug, c.revision = (w.before->'record'->>'revision')::int + 1 as restorable
      from atlas_import_writes w join cooperations c on c.id = w.cooperation_id
      where w.import_id = ${importId}::uuid and w.cooperation_id = any(${uuidArray(ids)})
      for update of c`),
  );
  const restored = states.filter((s) => s.restorable).map((s) => s.id);
  const kept = states.filter((s) => !s.restorable).map((s) => s.slug);
  if (restored.length === 0) return { restored, kept };
  const mine = sql`w.import_id = ${importId}::uuid and w.cooperation_id = any(${uuidArray(restored)})`;
  await tx.execute(sql`
    delete from cooperation_revisions r using atlas_import_writes w
    where ${mine} and r.cooperation_id = w.cooperation_id and r.number > (w.before->'record'->>'revision')::int`);
  const assignments: SQL[] = RESTORED.map((name) => sql`${sql.identifier(name)} = r.${sql.identifier(name)}`);
  await tx.execute(sql`
    update cooperations c set ${sql.join(assignments, sql`, `)}
    from atlas_import_writes w, jsonb_populate_record(null::cooperations, w.before->'record') r
    where ${mine} and c.id = w.cooperation_id`);
  await tx.execute(sql`delete from cooperation_partners where cooperation_id = any(${uuidArray(restored)})`);
  await tx.execute(sql`
    insert into cooperation_partners
    select p.* from atlas_import_writes w, jsonb_populate_recordset(null::cooperation_partners, w.before->'partners') p
    where ${mine}`);
  await tx.execute(sql`delete from cooperation_contacts where cooperation_id = any(${uuidArray(restored)})`);
  await tx.execute(sql`
    insert into cooperation_contacts
    select k.* from atlas_import_writes w, jsonb_populate_recordset(null::cooperation_contacts, w.before->'contacts') k
    where ${mine}`);
  return { restored, kept };
}

/** Deletes records the import created (call after taking their words out of atlas_terms). */
export async function deleteCreated(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.execute(sql`delete from cooperations where id = any(${uuidArray(ids)})`);
}

/** Forgets what the import wrote: after it succeeded, or for records already taken back. */
export async function forgetWrites(tx: Tx, importId: string, ids?: string[]): Promise<void> {
  await tx.execute(sql`
    delete from atlas_import_writes where import_id = ${importId}::uuid
    ${ids ? sql`and cooperation_id = any(${uuidArray(ids)})` : sql``}`);
}
