import type { DirectoryEntry } from '../directory-file.ts';
import type { CurrentRow, PlannedDissolution } from './plan-types.ts';

// A merged Gemeinde's successor lies near it; farther than this it is someone else.
const SUCCESSOR_MAX_KM = 30;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const placed = <T extends { lat: number | null; lon: number | null }>(x: T): x is T & { lat: number; lon: number } =>
  x.lat !== null && x.lon !== null;

/**
 * The successor of each dissolved row, where the data tell it. A Gemeinde: the new Gemeinde of its
 * (possibly renumbered) Kreis — the nearest within 30 km when both have positions, the only one
 * when there is one; incorporated into an existing Gemeinde, it has none we could name. A Kreis: the
 * Kreis most of its Gemeinden now belong to.
 */
export function successorsOf(
  gone: CurrentRow[],
  additions: DirectoryEntry[],
  context: { matched: Map<DirectoryEntry, CurrentRow>; newKreisAgs: (oldKreisAgs: string) => string },
): PlannedDissolution[] {
  return gone.map((row) => {
    if (row.ags.length === 5) {
      const votes = new Map<string, number>();
      for (const [entry, member] of context.matched) {
        if (member.kreisAgs === row.ags && entry.kreisAgs !== '')
          votes.set(entry.kreisAgs, (votes.get(entry.kreisAgs) ?? 0) + 1);
      }
      const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      return { row, successorAgs: best?.[0] ?? null };
    }
    const kreisAgs = row.kreisAgs === '' ? '' : context.newKreisAgs(row.kreisAgs);
    const candidates = additions.filter((a) => a.ags.length === 8 && a.kreisAgs === kreisAgs && a.kreisAgs !== '');
    if (placed(row)) {
      const near = candidates
        .filter(placed)
        .map((a) => ({ a, km: distanceKm(row, a) }))
        .filter((c) => c.km <= SUCCESSOR_MAX_KM)
        .sort((x, y) => x.km - y.km)[0];
      if (near) return { row, successorAgs: near.a.ags };
    }
    const only = candidates.length === 1 ? (candidates[0] as DirectoryEntry) : null;
    const tooFar = only && placed(only) && placed(row) && distanceKm(row, only) > SUCCESSOR_MAX_KM;
    return { row, successorAgs: only && !tooFar ? only.ags : null };
  });
}

function mean(points: Array<{ lat: number; lon: number }>): { lat: number; lon: number } | null {
  if (points.length === 0) return null;
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    lat: round(points.reduce((s, p) => s + p.lat, 0) / points.length),
    lon: round(points.reduce((s, p) => s + p.lon, 0) / points.length),
  };
}

/**
 * Positions for new rows the file does not place (GV100AD has none): a merger's at the mean of the
 * Gemeinden it replaced, a new Kreis' at the mean of its Gemeinden, else at its Kreis; else none.
 */
export function placeAdditions(
  additions: DirectoryEntry[],
  dissolutions: PlannedDissolution[],
  known: DirectoryEntry[],
): DirectoryEntry[] {
  const everything = [...known, ...additions];
  const byAgs = new Map(everything.map((e) => [e.ags, e]));
  return additions.map((entry) => {
    if (placed(entry)) return entry;
    const predecessors = dissolutions.filter((d) => d.successorAgs === entry.ags).map((d) => d.row);
    const members = everything.filter((e) => e.kreisAgs === entry.ags);
    const kreis = byAgs.get(entry.kreisAgs);
    const position =
      mean(predecessors.filter(placed)) ?? mean(members.filter(placed)) ?? (kreis && placed(kreis) ? kreis : null);
    return position ? { ...entry, lat: position.lat, lon: position.lon } : entry;
  });
}
