import { sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { rowsOf } from '../../../../platform/db/sql-rows.ts';
import { platformSettings } from '../../../../platform/settings/tables.ts';
import type { CurrentRow } from './plan-types.ts';

/** Every directory row with its Kreis' key, dissolved ones included. */
export async function currentDirectory(tx: Tx): Promise<CurrentRow[]> {
  const result = await tx.execute(sql`
    select o.id, o.ags, o.ars, o.name, o.type, coalesce(k.ags, '') as kreis_ags, o.land_code,
      o.latitude, o.longitude, o.dissolved_at is not null as dissolved
    from organisations o left join organisations k on k.id = o.kreis_id
    where o.source = 'directory' and o.ags is not null`);
  return rowsOf<{
    id: string;
    ags: string;
    ars: string | null;
    name: string;
    type: string;
    kreis_ags: string;
    land_code: string;
    latitude: number | null;
    longitude: number | null;
    dissolved: boolean;
  }>(result).map((r) => ({
    id: r.id,
    ags: r.ags,
    ars: r.ars,
    name: r.name,
    type: r.type,
    kreisAgs: r.kreis_ags,
    landCode: r.land_code ?? '',
    lat: r.latitude,
    lon: r.longitude,
    dissolved: r.dissolved,
  }));
}

/** What the directory was last loaded or updated from. */
export interface DirectoryState {
  /** The official data state (YYYY-MM-DD) of the last load or import; null when the file did not say. */
  stand: string | null;
  source: string;
  /** The hash of the committed file last compared at start-up. */
  fileHash: string | null;
  updatedAt: string;
}

const STATE_KEY = 'organisations.directory';

export async function directoryState(tx: Tx): Promise<DirectoryState | null> {
  const result = await tx.execute(sql`select value from ${platformSettings} where key = ${STATE_KEY}`);
  return rowsOf<{ value: DirectoryState }>(result)[0]?.value ?? null;
}

export async function saveDirectoryState(tx: Tx, state: DirectoryState): Promise<void> {
  await tx
    .insert(platformSettings)
    .values({ key: STATE_KEY, value: state })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value: state, updatedAt: new Date() } });
}

/** Counts for the admin page: rows of the directory now and those marked dissolved. */
export async function directoryCounts(tx: Tx): Promise<{ active: number; dissolved: number }> {
  const result = await tx.execute(sql`
    select count(*) filter (where dissolved_at is null)::int as active,
      count(*) filter (where dissolved_at is not null)::int as dissolved
    from organisations where source = 'directory'`);
  const row = rowsOf<{ active: number; dissolved: number }>(result)[0];
  return { active: Number(row?.active ?? 0), dissolved: Number(row?.dissolved ?? 0) };
}
