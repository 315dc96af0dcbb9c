import { eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db/client.ts';
import { organisations } from './tables.ts';

const parentKreis = alias(organisations, 'parent_kreis');

// Kreis-level bodies stand for themselves: a kreisfreie Stadt is its own Kreis.
const OWN_KREIS_TYPES = new Set(['landkreis', 'kreis', 'kreisfreie-stadt']);

/** Where a set of organisations lies, as other features (the atlas) derive it from their partners. */
export interface Regions {
  /** The IDs among those asked for that name an organisation. */
  found: string[];
  /** Two-digit Land codes, sorted. */
  landCodes: string[];
  /** The Kreise (Landkreise, Kreise, kreisfreie Städte) the organisations are in or are, by name. */
  kreise: Array<{ id: string; name: string }>;
  /** The mean position of the organisations that have one; null when none has. */
  centre: { latitude: number; longitude: number } | null;
}

type RegionRow = {
  id: string;
  name: string;
  type: string;
  landCode: string | null;
  latitude: number | null;
  longitude: number | null;
  kreisId: string | null;
  kreisName: string | null;
};

async function regionRows(tx: Tx, organisationIds: readonly string[]): Promise<RegionRow[]> {
  if (organisationIds.length === 0) return [];
  return tx
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      landCode: organisations.landCode,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      kreisId: parentKreis.id,
      kreisName: parentKreis.name,
    })
    .from(organisations)
    .leftJoin(parentKreis, eq(parentKreis.id, organisations.kreisId))
    .where(inArray(organisations.id, [...organisationIds]));
}

function regionsFrom(unordered: RegionRow[]): Regions {
  // In ID order, so the centre's sum is the same whichever query found the rows.
  const rows = [...unordered].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const landCodes = new Set<string>();
  const kreise = new Map<string, string>();
  let latitude = 0;
  let longitude = 0;
  let placed = 0;
  for (const row of rows) {
    if (row.landCode) landCodes.add(row.landCode);
    if (OWN_KREIS_TYPES.has(row.type)) kreise.set(row.id, row.name);
    else if (row.kreisId && row.kreisName) kreise.set(row.kreisId, row.kreisName);
    if (row.latitude !== null && row.longitude !== null) {
      latitude += row.latitude;
      longitude += row.longitude;
      placed += 1;
    }
  }
  return {
    found: rows.map((r) => r.id),
    landCodes: [...landCodes].sort(),
    kreise: [...kreise].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    centre: placed > 0 ? { latitude: latitude / placed, longitude: longitude / placed } : null,
  };
}

/** The Länder, Kreise and centre of a set of organisations (unknown IDs are left out of `found`). */
export async function regionsOf(tx: Tx, organisationIds: readonly string[]): Promise<Regions> {
  if (organisationIds.length === 0) return { found: [], landCodes: [], kreise: [], centre: null };
  return regionsFrom(await regionRows(tx, organisationIds));
}

/** `regionsOf` for many sets at once, in one query (the atlas import's chunks). */
export async function regionsOfMany(tx: Tx, sets: readonly (readonly string[])[]): Promise<Regions[]> {
  const rows = await regionRows(tx, [...new Set(sets.flat())]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return sets.map((ids) =>
    ids.length === 0
      ? { found: [], landCodes: [], kreise: [], centre: null }
      : regionsFrom([...new Set(ids)].flatMap((id) => byId.get(id) ?? [])),
  );
}
