import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { canManage } from '../policy.ts';
import { requireOrganisation } from '../profile/profile.ts';
import { domainsOf } from '../queries.ts';
import { DomainBody, DomainEntry, DomainList, DomainParams, TAGS } from '../schema.ts';
import { actorOf } from '../viewer.ts';
import { addDomain, removeDomain } from './manage-domains.ts';

export async function domainRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/organisations/:id/domains',
    {
      schema: {
        tags: TAGS,
        summary: 'The e-mail domains whose people are confirmed automatically (its administrators)',
        params: IdParams,
        response: { 200: DomainList, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await actorOf(deps.db, request);
      await requireOrganisation(deps.db, request.params.id);
      if (!canManage(actor.viewer, request.params.id)) throw forbidden('Only administrators see the domains.');
      return domainsOf(deps.db, request.params.id);
    },
  );

  app.post(
    '/organisations/:id/domains',
    {
      schema: {
        tags: TAGS,
        summary: 'Register an e-mail domain (not a public mail provider; one organisation per domain)',
        params: IdParams,
        body: DomainBody,
        response: { 201: DomainEntry, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(deps.db, request);
      const added = await addDomain(deps.db, actor, request.params.id, request.body.domain);
      return reply.status(201).send(added);
    },
  );

  app.delete(
    '/organisations/:id/domains/:domain',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove a registered e-mail domain',
        params: DomainParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(deps.db, request);
      await removeDomain(deps.db, actor, request.params.id, request.params.domain);
      return reply.status(204).send(null);
    },
  );
}
