import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { geoRoutes } from './geo-routes.ts';
import { domainRoutes } from './members/domain-routes.ts';
import { memberRoutes } from './members/member-routes.ts';
import { createOrganisation } from './profile/create-organisation.ts';
import { logoRoutes } from './profile/logo-routes.ts';
import { organisationProfile } from './profile/profile.ts';
import { editOrganisation } from './profile/update-organisation.ts';
import { CreateBody, OrganisationDetail, SearchQuery, SearchResult, TAGS, UpdateBody } from './schema.ts';
import { type SearchAnswer, searchDirectory } from './search/search.ts';
import { createSearchCache } from './search/search-cache.ts';
import { actorOf, viewerOf } from './viewer.ts';

export async function organisationsRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const searchCache = createSearchCache<SearchAnswer>({ maxEntries: 2000, ttlMs: 30_000 });

  app.get(
    '/organisations',
    {
      schema: {
        tags: TAGS,
        summary: 'Search the organisation directory by name (prefix, words, typos), AGS/ARS digits, Land and type',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...problems(400) },
      },
    },
    async (request) => searchDirectory(deps.db, request.query, searchCache),
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'An organisation profile; people for signed-in viewers, domains for its administrators',
        params: IdParams,
        response: { 200: OrganisationDetail, ...problems(400, 404) },
      },
    },
    async (request) => {
      const viewer = await viewerOf(deps.db, request.principal);
      return organisationProfile(deps.db, request.params.id, viewer);
    },
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags: TAGS,
        summary: 'Add an organisation outside the directory (platform administrators)',
        body: CreateBody,
        response: { 201: OrganisationDetail, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(deps.db, request);
      const id = await createOrganisation(deps.db, actor, request.body);
      searchCache.clear();
      reply.status(201);
      return organisationProfile(deps.db, id, actor.viewer);
    },
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Edit website and description (and the name of organisations outside the directory)',
        params: IdParams,
        body: UpdateBody,
        response: { 200: OrganisationDetail, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await actorOf(deps.db, request);
      await editOrganisation(deps.db, actor, request.params.id, request.body);
      if (request.body.name !== undefined) searchCache.clear();
      return organisationProfile(deps.db, request.params.id, actor.viewer);
    },
  );

  await memberRoutes(app, deps);
  await domainRoutes(app, deps);
  await logoRoutes(app, deps);
  await geoRoutes(app);
}
