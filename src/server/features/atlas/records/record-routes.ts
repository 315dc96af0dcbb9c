import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Cooperation, CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { IdempotencyHeaders, idempotencyKeyOf } from '../../../platform/http/idempotency.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { createCooperationCommand } from '../commands/create-cooperation.ts';
import { replaceCooperationCommand } from '../commands/replace-cooperation.ts';
import { type AtlasViewer, canSee } from '../policy.ts';
import { findBySlug } from '../queries.ts';
import { ReplaceQuery, SlugParams, TAGS } from '../schema.ts';
import { atlasActorOf, atlasViewerOf } from '../viewer.ts';
import { createRecordAnswerCache } from './record-cache.ts';
import { cooperationView, savedRecordView } from './record-view.ts';

/** The record as the viewer sees it after a change (they may see it: they just changed it). */
export async function viewAfterChange(deps: Deps, id: string, viewer: AtlasViewer) {
  return savedRecordView(deps.db, id, viewer);
}

/** Reading, creating and replacing one record. */
export async function recordRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const answers = createRecordAnswerCache(deps.config.atlasSearchCacheMs);

  app.get(
    '/atlas/cooperations/:slug',
    {
      schema: {
        tags: TAGS,
        summary:
          'A cooperation by slug (or ID): published ones for anyone, others for partners and platform admins; contacts’ e-mail and phone only when signed in',
        params: SlugParams,
        response: { 200: Cooperation, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const signedOut = !request.principal;
      const cached = signedOut ? answers?.get(request.params.slug) : undefined;
      // A string passes through Fastify unserialised: it is the JSON the schema produced before.
      if (cached) return reply.type('application/json; charset=utf-8').send(cached as unknown as Cooperation);
      const generation = answers?.generation();
      const viewer = await atlasViewerOf(deps.db, request.principal);
      const record = await findBySlug(deps.db, request.params.slug);
      // Drafts of others answer exactly like records that do not exist.
      if (!record || !canSee(viewer, record)) throw notFound('Cooperation');
      const view = await cooperationView(deps.db, record, viewer);
      // Only what everyone may see is kept: signed-out readers see published records only.
      if (signedOut && answers && generation !== undefined && record.state === 'published') {
        // Serialised by the route's response schema, so the cache holds exactly what the route sends.
        const json = reply.serialize(view) as string;
        answers.set(request.params.slug, json, generation);
        return reply.type('application/json; charset=utf-8').send(json as unknown as Cooperation);
      }
      return view;
    },
  );

  app.post(
    '/atlas/cooperations',
    {
      schema: {
        tags: TAGS,
        summary:
          'Create a cooperation as a draft (members of a partner organisation named in partnerIds, or platform admins); a repeat with the same Idempotency-Key answers as the first',
        headers: IdempotencyHeaders,
        body: CooperationInput,
        response: { 201: Cooperation, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const actor = await atlasActorOf(deps.db, request);
      const key = idempotencyKeyOf(request, actor.viewer.personId);
      const answer = await createCooperationCommand(deps, actor, request.body, key);
      return reply.status(201).send(answer.body);
    },
  );

  app.put(
    '/atlas/cooperations/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Replace a cooperation’s content (partners’ members, platform admins); refused with 409 when baseRevision is no longer the current revision; a repeat with the same Idempotency-Key answers as the first',
        params: IdParams,
        querystring: ReplaceQuery,
        headers: IdempotencyHeaders,
        body: CooperationInput,
        response: { 200: Cooperation, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const actor = await atlasActorOf(deps.db, request);
      const key = idempotencyKeyOf(request, actor.viewer.personId);
      const { id } = request.params;
      const answer = await replaceCooperationCommand(deps, actor, id, request.query.baseRevision, request.body, key);
      return answer.body;
    },
  );
}
