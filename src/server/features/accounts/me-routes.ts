import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { createPersonCache } from '../../platform/auth/person-cache.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { unauthenticated } from '../../platform/errors/problem.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { setHomeOrganisation, updateProfile } from './commands/profile.ts';
import { meOf } from './me.ts';
import { maySearchPeople } from './policy.ts';
import { searchPeople } from './queries.ts';
import { contextOf } from './request-context.ts';
import {
  CurrentSession,
  HomeOrganisationBody,
  Me,
  type MeView,
  PersonSearchQuery,
  PersonSearchResult,
  UpdateMeBody,
} from './schema.ts';

const tags = ['accounts'];

export async function meRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  // The web app asks for /me on every page; a change by or about the person drops the entry at once.
  const views = createPersonCache<MeView>({ ttlMs: deps.config.sessionCacheMs });
  app.personChanges.subscribe((personId) => views.forgetPerson(personId));

  const viewOf = async (personId: string): Promise<MeView> => {
    const cached = views.get(personId);
    if (cached) return cached;
    const view = await meOf(deps.db, personId);
    views.set(personId, personId, view);
    return view;
  };

  r.get(
    '/me',
    { schema: { tags, summary: 'The signed-in person', response: { 200: Me, ...problems(401) } } },
    async (request) => viewOf(requirePrincipal(request).personId),
  );

  // Asked on every page, also by signed-out visitors: "nobody" is an answer, not an error, so no
  // browser console shows a failed request for it.
  r.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'Who this browser is signed in as: the signed-in person, or null when signed out',
        response: { 200: CurrentSession },
      },
    },
    async (request) => ({ me: request.principal ? await viewOf(request.principal.personId) : null }),
  );

  r.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change my name or language',
        body: UpdateMeBody,
        response: { 200: Me, ...problems(400, 401) },
      },
    },
    async (request) => updateProfile(deps, requirePrincipal(request), request.body),
  );

  r.put(
    '/me/organisation',
    {
      schema: {
        tags,
        summary: 'Name my home organisation (pending until confirmed, unless its e-mail domain matches)',
        body: HomeOrganisationBody,
        response: { 200: Me, ...problems(400, 401, 409) },
      },
    },
    async (request) =>
      setHomeOrganisation(deps, requirePrincipal(request), request.body.organisationId, contextOf(request)),
  );

  r.get(
    '/persons',
    {
      schema: {
        tags,
        summary: 'Find people by name (confirmed members of an organisation; signed-in only)',
        querystring: PersonSearchQuery,
        response: { 200: PersonSearchResult, ...problems(400, 401) },
      },
    },
    async (request) => {
      if (!maySearchPeople(request.principal)) throw unauthenticated();
      const q = request.query.q.trim();
      if (!q) return { items: [] };
      const rows = await searchPeople(deps.db, q, request.query.limit ?? 20);
      return {
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName } : null,
        })),
      };
    },
  );
}
