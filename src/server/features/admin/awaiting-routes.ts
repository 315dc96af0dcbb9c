import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { awaitingFor } from './awaiting.ts';
import { Awaiting } from './schema.ts';

/** What awaits the signed-in person: the start page's list of things to answer. */
export async function awaitingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/me/awaiting',
    {
      schema: {
        tags: ['admin'],
        summary:
          'What waits for the caller’s answer, counted per kind and filtered by their rights: reviews, membership requests, alliance invitations, join requests, legal pages',
        response: { 200: Awaiting, ...problems(401) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      reply.header('cache-control', 'no-store');
      return awaitingFor(deps.db, principal);
    },
  );
}
