import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { VERSION } from '../../version.ts';

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  bus: Type.Union([Type.Literal('in-process'), Type.Literal('redis')]),
  version: Type.String(),
});

export async function healthRoutes(app: FastifyInstance, deps: Deps) {
  app.get(
    '/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness and the backends in use',
        response: { 200: Health },
      },
    },
    async () => {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: deps.database.kind, bus: deps.bus.kind, version: VERSION };
    },
  );
}
