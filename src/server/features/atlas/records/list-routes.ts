import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { CooperationCard, Workbench } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { memberDetailsOf } from '../../alliances/member-details.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { canSee } from '../policy.ts';
import { findById } from '../queries.ts';
import { TAGS } from '../schema.ts';
import { atlasViewerOf } from '../viewer.ts';
import { cardsOfOrganisations, cardsOfOwnOrganisation, relatedCards, reviewQueue } from './card-queries.ts';
import { cardsOf } from './card-view.ts';

const Cards = Type.Array(CooperationCard);

/** Lists of records outside search: related ones, an organisation's, an alliance's, the workbench. */
export async function listRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/atlas/cooperations/:id/related',
    {
      schema: {
        tags: TAGS,
        summary: 'Up to six published cooperations like this one: sharing task fields first, then the nearest',
        params: IdParams,
        response: { 200: Cards, ...problems(400, 404) },
      },
    },
    async (request) => {
      const viewer = await atlasViewerOf(deps.db, request.principal);
      const record = await findById(deps.db, request.params.id);
      if (!record || !canSee(viewer, record)) throw notFound('Cooperation');
      return cardsOf(deps.db, await relatedCards(deps.db, record));
    },
  );

  app.get(
    '/atlas/organisations/:id/cooperations',
    {
      schema: {
        tags: TAGS,
        summary:
          'The cooperations an organisation takes part in: published ones, plus drafts and those in review for partners and platform admins',
        params: IdParams,
        response: { 200: Cards, ...problems(400, 404) },
      },
    },
    async (request) => {
      const viewer = await atlasViewerOf(deps.db, request.principal);
      if (!(await organisationSummary(deps.db, request.params.id))) throw notFound('Organisation');
      return cardsOf(deps.db, await cardsOfOrganisations(deps.db, [request.params.id], viewer));
    },
  );

  app.get(
    '/atlas/alliances/:id/cooperations',
    {
      schema: {
        tags: TAGS,
        summary: 'The cooperations of an alliance’s member organisations, as far as the caller may see them',
        params: IdParams,
        response: { 200: Cards, ...problems(400, 404) },
      },
    },
    async (request) => {
      const viewer = await atlasViewerOf(deps.db, request.principal);
      const members = (await memberDetailsOf(deps.db, request.params.id)).filter((m) => m.status === 'member');
      // An alliance always has a member (it ends with its last one), so none means no such alliance.
      if (members.length === 0) throw notFound('Alliance');
      const ids = members.map((m) => m.organisation.id);
      return cardsOf(deps.db, await cardsOfOrganisations(deps.db, ids, viewer));
    },
  );

  app.get(
    '/atlas/workbench',
    {
      schema: {
        tags: TAGS,
        summary:
          'The caller’s atlas desk: every record of their organisation in any state, and for platform admins the records waiting for review',
        response: { 200: Workbench, ...problems(401) },
      },
    },
    async (request) => {
      requirePrincipal(request);
      const viewer = await atlasViewerOf(deps.db, request.principal);
      if (!viewer) return { mine: [], review: [] };
      const [mine, review] = [
        await cardsOfOwnOrganisation(deps.db, viewer),
        viewer.isPlatformAdmin ? await reviewQueue(deps.db) : [],
      ];
      return { mine: await cardsOf(deps.db, mine), review: await cardsOf(deps.db, review) };
    },
  );
}
