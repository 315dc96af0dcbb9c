import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

/** The committed Länder outlines (see data/README.md), resolved from the source, not from DATA_DIR. */
const LAENDER_FILE = fileURLToPath(new URL('../../../../data/laender.geo.json', import.meta.url));

const FeatureCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      properties: Type.Object({ code: Type.String(), name: Type.String() }),
      geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }),
    }),
  ),
});

export async function geoRoutes(app: FastifyInstance) {
  // Read once and sent as it is: the file is already compact JSON, and it changes only with a release.
  const body = (await readFile(LAENDER_FILE, 'utf8')).trim();

  app.get(
    '/geo/laender',
    {
      schema: {
        tags: ['geo'],
        summary: 'Simplified outlines of the 16 Länder as GeoJSON, properties {code, name} (© GeoBasis-DE / BKG 2016)',
        response: { 200: FeatureCollection },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=604800').type('application/geo+json; charset=utf-8').send(body),
  );
}
