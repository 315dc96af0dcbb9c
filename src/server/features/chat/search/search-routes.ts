import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { SearchResults } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { chatActorOf } from '../actor.ts';
import { SearchQuery, TAGS } from '../schema.ts';
import { searchMessages } from './search-query.ts';

export async function searchRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/search/messages',
    {
      schema: {
        tags: TAGS,
        summary:
          'Search messages (German full text) in every channel and conversation I may read now, or in one; best match first',
        querystring: SearchQuery,
        response: { 200: SearchResults, ...problems(400, 401) },
      },
    },
    async (request) => {
      const personId = chatActorOf(request).personId;
      const { q, channelId, limit } = request.query;
      return { hits: await searchMessages(deps.db, personId, { q, channelId, limit: limit ?? 20 }) };
    },
  );
}
