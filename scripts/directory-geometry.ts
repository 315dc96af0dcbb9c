// Small planar geometry for the directory build: centroids and outline simplification of GeoJSON
// (WGS 84 longitude/latitude). Distances and areas are computed in a local equirectangular
// projection (longitude scaled by cos(latitude)), which is accurate enough at the size of a Land.

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export type Geometry =
  | { type: 'Polygon'; coordinates: PolygonCoords }
  | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

export function polygonsOf(geometry: Geometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function referenceLatitude(polygons: PolygonCoords[]): number {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const polygon of polygons) {
    for (const [, lat] of polygon[0] ?? []) {
      if (lat < min) min = lat;
      if (lat > max) max = lat;
    }
  }
  return Number.isFinite(min) ? (min + max) / 2 : 0;
}

/** Signed area and first moments of a ring (shoelace), in the projection with longitude scaled by `kx`. */
function ringMoments(ring: Ring, kx: number): { area: number; mx: number; my: number } {
  let a = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lon0, y0] = ring[i] as Position;
    const [lon1, y1] = ring[i + 1] as Position;
    const x0 = lon0 * kx;
    const x1 = lon1 * kx;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    mx += (x0 + x1) * cross;
    my += (y0 + y1) * cross;
  }
  return { area: a / 2, mx: mx / 6, my: my / 6 };
}

/**
 * The area-weighted centroid of a polygon or multipolygon (holes subtracted), as [lon, lat].
 * Ring orientation does not matter: the first ring of each polygon counts positive, the others negative.
 */
export function centroid(geometry: Geometry): Position {
  const polygons = polygonsOf(geometry);
  const kx = Math.cos((referenceLatitude(polygons) * Math.PI) / 180);
  let weight = 0;
  let sx = 0;
  let sy = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      const { area, mx, my } = ringMoments(ring, kx);
      if (area === 0) return;
      const w = index === 0 ? Math.abs(area) : -Math.abs(area);
      sx += (w * mx) / area;
      sy += (w * my) / area;
      weight += w;
    });
  }
  if (weight === 0) {
    // Degenerate outline: fall back to the mean of the outer ring's points.
    const points = polygons.flatMap((p) => p[0] ?? []);
    const n = points.length || 1;
    return [points.reduce((s, p) => s + p[0], 0) / n, points.reduce((s, p) => s + p[1], 0) / n];
  }
  return [sx / weight / kx, sy / weight];
}

/** Absolute area of a polygon's outer ring, in square degrees of latitude. */
export function outerArea(polygon: PolygonCoords, kx: number): number {
  return Math.abs(ringMoments(polygon[0] ?? [], kx).area);
}

function segmentDistanceSquared(p: Position, a: Position, b: Position, kx: number): number {
  const px = p[0] * kx;
  const ax = a[0] * kx;
  const bx = b[0] * kx;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((px - ax) * dx + (p[1] - a[1]) * dy) / len;
  t = Math.max(0, Math.min(1, t));
  const ex = px - (ax + t * dx);
  const ey = p[1] - (a[1] + t * dy);
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker simplification of a line or closed ring: keeps the points farther than
 * `tolerance` (degrees of latitude) from the simplified line. Iterative, so long rings do not
 * exhaust the stack. The first and last points are always kept.
 */
export function simplifyLine(points: Position[], tolerance: number, kx = 1): Position[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const limit = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let max = limit;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSquared(points[i] as Position, points[first] as Position, points[last] as Position, kx);
      if (d > max) {
        max = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Simplifies a (multi)polygon for a small-scale map: drops islands smaller than `minArea` (square
 * degrees), simplifies every ring, rounds coordinates and drops rings that collapse. Returns null
 * when nothing is left.
 */
export function simplifyGeometry(
  geometry: Geometry,
  options: { tolerance: number; minArea: number; decimals: number },
): Geometry | null {
  const polygons = polygonsOf(geometry);
  const kx = Math.cos((referenceLatitude(polygons) * Math.PI) / 180);
  const largest = Math.max(...polygons.map((p) => outerArea(p, kx)));
  const result: PolygonCoords[] = [];
  for (const polygon of polygons) {
    const area = outerArea(polygon, kx);
    // The largest part always stays, however small the area (a city-state must not vanish).
    if (area < options.minArea && area < largest) continue;
    const rings: PolygonCoords = [];
    for (const [index, ring] of polygon.entries()) {
      if (index > 0 && Math.abs(ringMoments(ring, kx).area) < options.minArea) continue;
      const simplified: Ring = [];
      for (const [lon, lat] of simplifyLine(ring, options.tolerance, kx)) {
        const point: Position = [round(lon, options.decimals), round(lat, options.decimals)];
        const previous = simplified[simplified.length - 1];
        if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) simplified.push(point);
      }
      // A ring needs three distinct corners plus the closing point; without its outer ring a polygon is gone.
      if (simplified.length >= 4) rings.push(simplified);
      else if (index === 0) break;
    }
    if (rings.length > 0) result.push(rings);
  }
  if (result.length === 0) return null;
  return result.length === 1
    ? { type: 'Polygon', coordinates: result[0] as PolygonCoords }
    : { type: 'MultiPolygon', coordinates: result };
}
