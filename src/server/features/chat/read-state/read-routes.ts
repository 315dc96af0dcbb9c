import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { chatActorOf } from '../actor.ts';
import { NotifyAnswer, NotifyBody, ReadAnswer, ReadBody, TAGS } from '../schema.ts';
import { markReadCommand, setNotifyCommand } from './read-state.ts';

export async function readRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/channels/:id/read',
    {
      schema: {
        tags: TAGS,
        summary: 'Move my read position forward to a sequence number (never back); my other devices hear channel.read',
        params: IdParams,
        body: ReadBody,
        response: { 200: ReadAnswer, ...problems(400, 401, 404) },
      },
    },
    async (request) => markReadCommand(deps, chatActorOf(request), request.params.id, request.body.seq),
  );

  app.put(
    '/channels/:id/notify',
    {
      schema: {
        tags: TAGS,
        summary: 'How the channel notifies me: all (mentions and direct messages), mentions only, or muted',
        params: IdParams,
        body: NotifyBody,
        response: { 200: NotifyAnswer, ...problems(400, 401, 404) },
      },
    },
    async (request) => setNotifyCommand(deps, chatActorOf(request), request.params.id, request.body.level),
  );
}
