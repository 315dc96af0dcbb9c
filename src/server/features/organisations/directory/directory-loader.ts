import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { searchNameOf } from '../search/search-name.ts';
import { DIRECTORY_FILE, type DirectoryData, parseDirectory } from './directory-file.ts';
import { applyDirectoryPlan } from './import/apply.ts';
import { planDirectoryUpdate } from './import/plan.ts';
import { currentDirectory, directoryState, saveDirectoryState } from './import/queries.ts';

export { DIRECTORY_FILE, type DirectoryEntry, parseDirectory } from './directory-file.ts';

// Arbitrary constant naming the advisory lock held while the directory is loaded or updated.
export const DIRECTORY_LOCK = 727_001;

/** Takes the directory's lock for the rest of the transaction: one writer at a time, across processes. */
export async function lockDirectory(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DIRECTORY_LOCK})`);
}

async function isEmpty(tx: Tx): Promise<boolean> {
  const result = await tx.execute(sql`select 1 from organisations where source = 'directory' limit 1`);
  return rowsOf(result).length === 0;
}

/** An empty directory gets every row in one statement (the rows as a JSON parameter: fastest on PGlite). */
async function insertAll(tx: Tx, data: DirectoryData): Promise<number> {
  const idOfAgs = new Map(data.entries.map((e) => [e.ags, newId()]));
  const rows = data.entries.map((e) => ({
    id: idOfAgs.get(e.ags),
    ags: e.ags,
    ars: e.ars || null,
    name: e.name,
    search_name: searchNameOf(e.name),
    type: e.type,
    land_code: e.landCode,
    kreis_id: e.kreisAgs ? (idOfAgs.get(e.kreisAgs) ?? null) : null,
    land_id: e.type === 'land' ? null : (idOfAgs.get(e.landCode) ?? null),
    latitude: e.lat,
    longitude: e.lon,
  }));
  await tx.execute(sql`
    insert into organisations
      (id, ags, ars, name, search_name, type, land_code, kreis_id, land_id, latitude, longitude, source)
    select id, ags, ars, name, search_name, type, land_code, kreis_id, land_id, latitude, longitude, 'directory'
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(
      id uuid, ags varchar, ars varchar, name text, search_name text, type text, land_code varchar,
      kreis_id uuid, land_id uuid, latitude double precision, longitude double precision)`);
  // A bulk insert leaves the new trigram entries in the GIN index's pending list, which every search
  // would scan linearly (40× slower) until a vacuum; PGlite never runs one. Merge them now.
  await tx.execute(sql`select gin_clean_pending_list('organisations_search_name_trgm')`);
  return rows.length;
}

/**
 * Brings the directory in line with the committed file at every start. An empty platform gets every
 * Land, Kreis and Gemeinde. A platform that loaded this very file before does nothing (one query).
 * A platform whose directory came from an older file is updated by AGS, as an admin's import is
 * (import/): rows keep their IDs and so their members, new rows are added, rows no longer
 * in the file are marked dissolved. A platform whose admin imported newer official data than the
 * committed file keeps it. Returns the number of rows inserted, changed or dissolved.
 */
export async function loadDirectory(db: Db, file = DIRECTORY_FILE): Promise<number> {
  const text = await readFile(file, 'utf8');
  const fileHash = createHash('sha256').update(text).digest('hex');
  if ((await directoryState(db))?.fileHash === fileHash) return 0;
  const data = parseDirectory(text);
  const state = { stand: data.stand, source: data.source, fileHash, updatedAt: new Date().toISOString() };

  const changed = await db.transaction(async (tx) => {
    // Several processes may start at once on one PostgreSQL database: one loads, the others wait and skip.
    await lockDirectory(tx);
    const before = await directoryState(tx);
    if (before?.fileHash === fileHash) return 0;
    if (await isEmpty(tx)) {
      const inserted = await insertAll(tx, data);
      await saveDirectoryState(tx, state);
      return inserted;
    }
    if (before?.stand && data.stand && before.stand > data.stand) {
      // An admin imported newer official data: the older committed file must not undo it.
      await saveDirectoryState(tx, { ...before, fileHash });
      return 0;
    }
    const current = await currentDirectory(tx);
    const plan = planDirectoryUpdate(current, data.entries, { positions: 'replace' });
    await applyDirectoryPlan(tx, current, plan, data.stand);
    await saveDirectoryState(tx, state);
    return plan.additions.length + plan.updates.length + plan.dissolutions.length;
  });
  // Fresh statistics, so the planner picks the search indexes from the first request on.
  if (changed > 0) await db.execute(sql`analyze organisations`);
  return changed;
}
