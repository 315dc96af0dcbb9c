import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { isLandCode } from '../../../shared/laender.ts';
import { DIRECTORY_TYPES } from '../../../shared/organisation-types.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { searchNameOf } from './search-name.ts';
import { organisations } from './tables.ts';

/** The committed directory file (see data/README.md); resolved from the source, not from DATA_DIR. */
export const DIRECTORY_FILE = fileURLToPath(new URL('../../../../data/directory.tsv', import.meta.url));

// Arbitrary constant naming the advisory lock held while the directory is loaded.
const DIRECTORY_LOCK = 727_001;
const COLUMNS = ['ags', 'ars', 'name', 'type', 'kreis_ags', 'land_code', 'lat', 'lon'];

export interface DirectoryEntry {
  ags: string;
  ars: string;
  name: string;
  type: string;
  kreisAgs: string;
  landCode: string;
  lat: number;
  lon: number;
}

/** Parses directory.tsv; throws on a malformed file so a broken build never half-loads. */
export function parseDirectory(text: string): DirectoryEntry[] {
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines[0] !== COLUMNS.join('\t')) throw new Error('directory.tsv: unexpected header');
  return lines.slice(1).map((line, index) => {
    const cells = line.split('\t');
    const [ags, ars, name, type, kreisAgs, landCode, lat, lon] = cells as [string, ...string[]];
    if (
      cells.length !== COLUMNS.length ||
      !/^\d{2}(\d{3}(\d{3})?)?$/.test(ags) ||
      !(DIRECTORY_TYPES as readonly string[]).includes(type ?? '') ||
      !isLandCode(landCode ?? '') ||
      !Number.isFinite(Number(lat)) ||
      !Number.isFinite(Number(lon))
    ) {
      throw new Error(`directory.tsv: malformed line ${index + 2}`);
    }
    return {
      ags,
      ars: ars ?? '',
      name: name ?? '',
      type: type ?? '',
      kreisAgs: kreisAgs ?? '',
      landCode: landCode ?? '',
      lat: Number(lat),
      lon: Number(lon),
    };
  });
}

/**
 * Loads the organisation directory into an empty platform: every Land, Kreis and Gemeinde, linked
 * to its Kreis and Land. Does nothing when directory rows exist already, so it runs at every start.
 * Returns the number of rows inserted.
 */
export async function loadDirectory(db: Db, file = DIRECTORY_FILE): Promise<number> {
  if (await hasDirectory(db)) return 0;
  const entries = parseDirectory(await readFile(file, 'utf8'));
  const idOfAgs = new Map(entries.map((e) => [e.ags, newId()]));
  const rows = entries.map((e) => ({
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
  const loaded = await db.transaction(async (tx) => {
    // Several processes may start at once on one PostgreSQL database: one loads, the others wait and skip.
    await tx.execute(sql`select pg_advisory_xact_lock(${DIRECTORY_LOCK})`);
    if (await hasDirectory(tx)) return 0;
    // One statement with the rows as a JSON parameter: several times faster on PGlite than multi-row
    // VALUES with a bind parameter per cell.
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
  });
  // Fresh statistics, so the planner picks the search indexes from the first request on.
  if (loaded > 0) await db.execute(sql`analyze organisations`);
  return loaded;
}

async function hasDirectory(tx: Tx): Promise<boolean> {
  const present = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.source, 'directory'))
    .limit(1);
  return present.length > 0;
}
