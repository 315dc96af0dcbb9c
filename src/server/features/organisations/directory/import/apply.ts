import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { announceRenames } from '../../organisation-renames.ts';
import { searchNameOf } from '../../search/search-name.ts';
import type { DirectoryEntry } from '../directory-file.ts';
import type { CurrentRow, DirectoryPlan } from './plan-types.ts';

/** The row as the statements below take it, one JSON object per organisation. */
function rowOf(id: string, e: DirectoryEntry, idOfAgs: (ags: string) => string | null) {
  return {
    id,
    ags: e.ags,
    ars: e.ars || null,
    name: e.name,
    search_name: searchNameOf(e.name),
    type: e.type,
    land_code: e.landCode,
    kreis_id: e.kreisAgs ? idOfAgs(e.kreisAgs) : null,
    land_id: e.type === 'land' ? null : idOfAgs(e.landCode),
    latitude: e.lat,
    longitude: e.lon,
  };
}

const RECORD_COLUMNS = sql.raw(`id uuid, ags varchar, ars varchar, name text, search_name text, type text,
  land_code varchar, kreis_id uuid, land_id uuid, latitude double precision, longitude double precision`);

/**
 * Writes a plan in the caller's transaction: changed rows keep their IDs (a renumbered Gemeinde keeps
 * its people), new rows are inserted, dissolved ones are marked and pointed at their successor.
 * Each kind is one statement with the rows as a JSON parameter. `stand` is the data state of the
 * file: a row it no longer lists is dissolved as of then (the day of the merger itself is not in it).
 */
export async function applyDirectoryPlan(
  tx: Tx,
  current: CurrentRow[],
  plan: DirectoryPlan,
  stand: string | null,
): Promise<void> {
  const idByAgs = new Map(current.map((r) => [r.ags, r.id]));
  for (const { row } of plan.updates) {
    if (idByAgs.get(row.ags) === row.id) idByAgs.delete(row.ags);
  }
  for (const { row, after } of plan.updates) idByAgs.set(after.ags, row.id);
  const added = plan.additions.map((entry) => ({ id: newId(), entry }));
  for (const { id, entry } of added) idByAgs.set(entry.ags, id);
  const idOfAgs = (ags: string) => idByAgs.get(ags) ?? null;

  const renumbered = plan.updates.filter((u) => u.changes.includes('ags')).map((u) => u.row.id);
  if (renumbered.length > 0) {
    // Keys may move in a chain (A takes B's old key): free them all before setting the new ones.
    await tx.execute(sql`update organisations set ags = null
      where id in (select value::uuid from json_array_elements_text(${JSON.stringify(renumbered)}::json))`);
  }
  if (plan.updates.length > 0) {
    const rows = plan.updates.map((u) => ({
      ...rowOf(u.row.id, u.after, idOfAgs),
      reactivate: u.changes.includes('reactivated'),
    }));
    await tx.execute(sql`
      update organisations o set ags = r.ags, ars = r.ars, name = r.name, search_name = r.search_name, type = r.type,
        land_code = r.land_code, kreis_id = r.kreis_id, land_id = r.land_id, latitude = r.latitude,
        longitude = r.longitude, updated_at = now(),
        dissolved_at = case when r.reactivate then null else o.dissolved_at end,
        successor_id = case when r.reactivate then null else o.successor_id end
      from json_to_recordset(${JSON.stringify(rows)}::json) as r(${RECORD_COLUMNS}, reactivate boolean)
      where o.id = r.id`);
    await announceRenames(tx);
  }
  if (added.length > 0) {
    const rows = added.map(({ id, entry }) => rowOf(id, entry, idOfAgs));
    await tx.execute(sql`
      insert into organisations
        (id, ags, ars, name, search_name, type, land_code, kreis_id, land_id, latitude, longitude, source)
      select id, ags, ars, name, search_name, type, land_code, kreis_id, land_id, latitude, longitude, 'directory'
      from json_to_recordset(${JSON.stringify(rows)}::json) as r(${RECORD_COLUMNS})`);
  }
  if (plan.dissolutions.length > 0) {
    const rows = plan.dissolutions.map((d) => ({
      id: d.row.id,
      successor_id: d.successorAgs ? idOfAgs(d.successorAgs) : null,
    }));
    await tx.execute(sql`
      update organisations o set dissolved_at = coalesce((${stand}::date)::timestamp at time zone 'UTC', now()), successor_id = r.successor_id,
        updated_at = now()
      from json_to_recordset(${JSON.stringify(rows)}::json) as r(id uuid, successor_id uuid)
      where o.id = r.id`);
  }
  // New trigram entries would wait in the GIN index's pending list, which every search scans.
  if (plan.updates.length > 0 || added.length > 0) {
    await tx.execute(sql`select gin_clean_pending_list('organisations_search_name_trgm')`);
  }
}
