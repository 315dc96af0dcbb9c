import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { UnifiedSearchResult } from '../../../shared/contracts/search.ts';
import type { Deps } from '../../deps.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { TAGS, UnifiedSearchQuery } from './schema.ts';
import { searchEverything } from './search.ts';

/** One search over everything a person may see: GET /api/search. */
export async function searchRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/search',
    {
      schema: {
        tags: TAGS,
        summary:
          'Search everything I may see, grouped: atlas records, organisations, alliances, published content pages, and when signed in workspaces, messages and people; each group ranked, with its total and a "show all" link',
        querystring: UnifiedSearchQuery,
        response: { 200: UnifiedSearchResult, ...problems(400) },
      },
    },
    async (request, reply) => {
      // The answer depends on who asks: never from a shared cache.
      reply.header('cache-control', 'private, no-store');
      return searchEverything(deps.db, request.principal, request.query);
    },
  );
}
