// Web Mercator, the projection of every tile server, so outlines, markers and tiles line up. Map
// coordinates are "units": the whole Mercator square is WORLD units wide, and the outlines are
// projected once into units; panning and zooming only change the view (a centre and a scale).

export const WORLD = 1_000_000;
const TILE_SIZE = 256;

export type Geometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** What the map shows: the centre in units, and `scale` pixels per unit. */
export interface View {
  cx: number;
  cy: number;
  scale: number;
}

export function project(longitude: number, latitude: number): [number, number] {
  const sin = Math.sin((latitude * Math.PI) / 180);
  const x = (longitude + 180) / 360;
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [x * WORLD, y * WORLD];
}

export function unproject(x: number, y: number): [number, number] {
  const longitude = (x / WORLD) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  const latitude = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [longitude, latitude];
}

/** Germany with a little sea around it: the map's home view and the limits of panning. */
export const GERMANY: Bounds = (() => {
  const [minX, maxY] = project(5.7, 47.2);
  const [maxX, minY] = project(15.2, 55.1);
  return { minX, minY, maxX, maxY };
})();

function polygonsOf(geometry: Geometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** An SVG path in units, rounded to whole units (a unit is well below a pixel at every zoom of the map). */
export function pathOf(geometry: Geometry): string {
  let d = '';
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      let first = true;
      for (const [lon = 0, lat = 0] of ring) {
        const [x, y] = project(lon, lat);
        d += `${first ? 'M' : 'L'}${Math.round(x)} ${Math.round(y)}`;
        first = false;
      }
      d += 'Z';
    }
  }
  return d;
}

export function boundsOf(geometries: Geometry[]): Bounds | null {
  const b = { minX: Number.POSITIVE_INFINITY, minY: Number.POSITIVE_INFINITY, maxX: -1, maxY: -1 };
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
        const [x, y] = project(lon, lat);
        b.minX = Math.min(b.minX, x);
        b.maxX = Math.max(b.maxX, x);
        b.minY = Math.min(b.minY, y);
        b.maxY = Math.max(b.maxY, y);
      }
    }
  }
  return Number.isFinite(b.minX) ? b : null;
}

/** The largest scale at which `bounds` fits into width × height pixels with `padding` around. */
export function fitScale(bounds: Bounds, width: number, height: number, padding = 12): number {
  const w = Math.max(bounds.maxX - bounds.minX, 1);
  const h = Math.max(bounds.maxY - bounds.minY, 1);
  return Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
}

export function centreOf(bounds: Bounds): { cx: number; cy: number } {
  return { cx: (bounds.minX + bounds.maxX) / 2, cy: (bounds.minY + bounds.maxY) / 2 };
}

/** The tile zoom whose pixels match the view's scale (fractional). */
export function zoomOf(scale: number): number {
  return Math.log2((scale * WORLD) / TILE_SIZE);
}

/** The visible area in units. */
export function visibleBounds(view: View, width: number, height: number): Bounds {
  const halfW = width / 2 / view.scale;
  const halfH = height / 2 / view.scale;
  return { minX: view.cx - halfW, maxX: view.cx + halfW, minY: view.cy - halfH, maxY: view.cy + halfH };
}

export interface Tile {
  key: string;
  href: string;
  x: number;
  y: number;
  size: number;
}

/** The tiles covering the view, placed in pixels; `template` holds {z}, {x} and {y}. */
export function tilesFor(view: View, width: number, height: number, template: string, maxZoom = 18): Tile[] {
  const z = Math.max(0, Math.min(maxZoom, Math.round(zoomOf(view.scale))));
  const count = 2 ** z;
  const unitsPerTile = WORLD / count;
  const size = unitsPerTile * view.scale;
  const visible = visibleBounds(view, width, height);
  const tiles: Tile[] = [];
  const first = {
    x: Math.max(0, Math.floor(visible.minX / unitsPerTile)),
    y: Math.max(0, Math.floor(visible.minY / unitsPerTile)),
  };
  const last = {
    x: Math.min(count - 1, Math.floor(visible.maxX / unitsPerTile)),
    y: Math.min(count - 1, Math.floor(visible.maxY / unitsPerTile)),
  };
  for (let ty = first.y; ty <= last.y; ty++) {
    for (let tx = first.x; tx <= last.x; tx++) {
      tiles.push({
        key: `${z}/${tx}/${ty}`,
        href: template.replace('{z}', String(z)).replace('{x}', String(tx)).replace('{y}', String(ty)),
        // Half a pixel of overlap hides the hairline seams between neighbouring tiles.
        x: (tx * unitsPerTile - visible.minX) * view.scale - 0.25,
        y: (ty * unitsPerTile - visible.minY) * view.scale - 0.25,
        size: size + 0.5,
      });
    }
  }
  return tiles;
}
