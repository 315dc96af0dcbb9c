import { type Static, Type } from 'typebox';

/**
 * How the atlas map draws its base layer. Without a tile server (the default) it draws only the
 * shipped Länder and Kreis outlines, so no request leaves the platform.
 */
export const AtlasMapSettings = Type.Object({
  /** Tile template with {z}, {x}, {y} (Web Mercator, 256 px tiles), or null. */
  tileUrl: Type.Union([Type.String(), Type.Null()]),
  /** The credit line the tile server requires, shown under the map. */
  tileAttribution: Type.Union([Type.String(), Type.Null()]),
});
export type AtlasMapSettings = Static<typeof AtlasMapSettings>;

/** A Kreis outline of `GET /api/atlas/map/kreise`: `ags` is the Kreis' five-digit AGS. */
export interface KreisOutline {
  type: 'Feature';
  properties: { ags: string; name: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}
