import { searchNameOf } from '../../search/search-name.ts';
import type { DirectoryEntry } from '../directory-file.ts';
import { placeAdditions, successorsOf } from './plan-successors.ts';
import type { Change, CurrentRow, DirectoryPlan, PlannedUpdate, PlanOptions } from './plan-types.ts';

export type { CurrentRow, DirectoryPlan } from './plan-types.ts';

const kreisPart = (ags: string) => (ags.length >= 5 ? ags.slice(0, 5) : '');

/**
 * Which rows the file speaks about: whole Länder when it carries their Land record (as every
 * official file does), else only the Kreise it names (a hand-cut extract). Rows outside are untouched.
 */
function scopeOf(entries: DirectoryEntry[]) {
  const landCodes = new Set(entries.filter((e) => e.type === 'land').map((e) => e.landCode));
  const kreisAgs = new Set(
    entries.map((e) => kreisPart(e.ags)).filter((k) => k !== '' && !landCodes.has(k.slice(0, 2))),
  );
  const covers = (row: CurrentRow) => landCodes.has(row.landCode) || kreisAgs.has(kreisPart(row.ags));
  return { landCodes, kreisAgs, covers };
}

/** The same body under another key: same level (Land, Kreis, Gemeinde), same Land, same name. */
const identityKey = (ags: string, landCode: string, name: string) => `${ags.length}|${landCode}|${searchNameOf(name)}`;

function changesOf(row: CurrentRow, entry: DirectoryEntry, kreisMoved: boolean): Change[] {
  const changes: Change[] = [];
  if (row.dissolved) changes.push('reactivated');
  if (row.name !== entry.name) changes.push('name');
  if (row.ags !== entry.ags) changes.push('ags');
  if (row.type !== entry.type) changes.push('type');
  if (kreisMoved) changes.push('kreis');
  if ((row.ars ?? '') !== entry.ars) changes.push('ars');
  const moved = (a: number | null, b: number | null) =>
    (a === null) !== (b === null) || Math.abs((a ?? 0) - (b ?? 0)) > 1e-5;
  if (moved(row.lat, entry.lat) || moved(row.lon, entry.lon)) changes.push('position');
  return changes;
}

/**
 * What an official file would change in the directory. Rows are matched by AGS; a row whose key is
 * gone is matched to a new key with the same name at the same level in the same Land (a Kreis reform
 * renumbers its Gemeinden), keeping its ID; the rest of the new keys are additions and the rest of the
 * old rows dissolutions. Länder are never dissolved. Pure: the caller reads the rows and writes the plan.
 */
export function planDirectoryUpdate(
  current: CurrentRow[],
  entries: DirectoryEntry[],
  options: PlanOptions,
): DirectoryPlan {
  const scope = scopeOf(entries);
  const inScope = current.filter(scope.covers);
  const rowByAgs = new Map(inScope.map((r) => [r.ags, r]));
  const matched = new Map<DirectoryEntry, CurrentRow>();
  const unmatchedEntries: DirectoryEntry[] = [];
  for (const entry of entries) {
    const row = rowByAgs.get(entry.ags);
    if (row) matched.set(entry, row);
    else unmatchedEntries.push(entry);
  }
  const taken = new Set(matched.values());
  const looseRows = inScope.filter((r) => !taken.has(r) && !r.dissolved && r.type !== 'land');

  // Renumbered bodies: pair them when the name says so without doubt (one on each side).
  const group = <T>(items: T[], keyOf: (item: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
    return groups;
  };
  const entriesByName = group(unmatchedEntries, (e) => identityKey(e.ags, e.landCode, e.name));
  const rowsByName = group(looseRows, (r) => identityKey(r.ags, r.landCode, r.name));
  for (const [key, rows] of rowsByName) {
    const candidates = entriesByName.get(key);
    if (rows.length === 1 && candidates?.length === 1)
      matched.set(candidates[0] as DirectoryEntry, rows[0] as CurrentRow);
  }
  const matchedRows = new Set(matched.values());
  const additions = unmatchedEntries.filter((e) => !matched.has(e) && e.type !== 'land');
  const gone = looseRows.filter((r) => !matchedRows.has(r));

  // A Kreis is the same when its row is: compare the Kreis' row, not its (perhaps renumbered) key.
  const entryOfRow = new Map([...matched].map(([entry, row]) => [row.id, entry]));
  const currentByAgs = new Map(current.map((r) => [r.ags, r]));
  const newKreisAgs = (oldKreisAgs: string) => {
    const kreis = currentByAgs.get(oldKreisAgs);
    return (kreis && entryOfRow.get(kreis.id)?.ags) ?? oldKreisAgs;
  };

  const updates: PlannedUpdate[] = [];
  let unchanged = 0;
  for (const [entry, row] of matched) {
    const keepPosition = options.positions === 'keep' || entry.lat === null || entry.lon === null;
    const after =
      keepPosition && row.lat !== null && row.lon !== null ? { ...entry, lat: row.lat, lon: row.lon } : entry;
    const changes = changesOf(row, after, newKreisAgs(row.kreisAgs) !== entry.kreisAgs);
    if (changes.length > 0) updates.push({ row, after, changes });
    else unchanged += 1;
  }

  const dissolutions = successorsOf(gone, additions, { matched, newKreisAgs });
  const placedAdditions = placeAdditions(
    additions,
    dissolutions,
    [...matched].map(([entry, row]) => ({ ...entry, lat: entry.lat ?? row.lat, lon: entry.lon ?? row.lon })),
  );
  return {
    scope: { landCodes: [...scope.landCodes].sort(), kreisAgs: [...scope.kreisAgs].sort() },
    additions: placedAdditions,
    updates,
    dissolutions,
    unchanged,
  };
}
