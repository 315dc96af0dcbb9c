import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Cooperation, InterestInput, InterestResult, StateChangeInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { changeStateCommand } from '../commands/change-state.ts';
import { showInterestCommand } from '../commands/show-interest.ts';
import { TAGS } from '../schema.ts';
import { atlasActorOf } from '../viewer.ts';
import { viewAfterChange } from './record-routes.ts';

/** The editorial workflow and contact requests. */
export async function workflowRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/atlas/cooperations/:id/state',
    {
      schema: {
        tags: TAGS,
        summary:
          'Move a cooperation through the workflow: partners submit (draft→review) and withdraw (review→draft); platform admins publish, return (with a note), archive and unarchive',
        params: IdParams,
        body: StateChangeInput,
        response: { 200: Cooperation, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = await atlasActorOf(deps.db, request);
      await changeStateCommand(deps, actor, request.params.id, request.body);
      return viewAfterChange(deps, request.params.id, actor.viewer);
    },
  );

  app.post(
    '/atlas/cooperations/:id/interest',
    {
      schema: {
        tags: TAGS,
        summary:
          'Write to the contacts of a published cooperation (“Kontakt aufnehmen”, “Interesse an Nachnutzung”); at most 5 per hour and 1 per record and day',
        params: IdParams,
        body: InterestInput,
        response: { 201: InterestResult, ...problems(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const actor = await atlasActorOf(deps.db, request);
      const result = await showInterestCommand(deps, actor, request.params.id, request.body, request.log);
      return reply.status(201).send(result);
    },
  );
}
