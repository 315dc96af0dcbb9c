import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AtlasMapSettings } from '../../../shared/contracts/atlas-map.ts';
import type { Deps } from '../../deps.ts';

/** The committed Kreis outlines (data/README.md), resolved from the source like the Länder outlines. */
const KREISE_FILE = fileURLToPath(new URL('../../../../data/kreise.geo.json', import.meta.url));

const KreisFeatures = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      properties: Type.Object({ ags: Type.String(), name: Type.String() }),
      geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }),
    }),
  ),
});

/** The atlas map: which base layer to draw, and the Kreis outlines shipped with the platform. */
export async function mapRoutes(app: FastifyInstance, deps: Deps) {
  const { mapTileUrl, mapTileAttribution } = deps.config;
  // Read once: the file changes only with a release, so an ETag lets browsers keep it across visits.
  const kreise = (await readFile(KREISE_FILE, 'utf8')).trim();
  const etag = `"${createHash('sha256').update(kreise).digest('base64url').slice(0, 27)}"`;

  app.get(
    '/atlas/map',
    {
      schema: {
        tags: ['atlas'],
        summary: 'How to draw the atlas map: the tile server an admin configured (MAP_TILE_URL), or none',
        response: { 200: AtlasMapSettings },
      },
    },
    async () => ({ tileUrl: mapTileUrl ?? null, tileAttribution: mapTileUrl ? (mapTileAttribution ?? null) : null }),
  );

  app.get(
    '/atlas/map/kreise',
    {
      schema: {
        tags: ['atlas'],
        summary:
          'Simplified outlines of the Kreise and kreisfreie Städte as GeoJSON, properties {ags, name} (© GeoBasis-DE / BKG 2016)',
        response: { 200: KreisFeatures, 304: Type.Null({ description: 'Not modified (If-None-Match)' }) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=604800, stale-while-revalidate=86400').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('application/geo+json; charset=utf-8').send(kreise);
    },
  );
}
