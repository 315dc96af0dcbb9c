import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SessionInput, SessionView } from '../../../shared/contracts/events.ts';
import type { Deps } from '../../deps.ts';
import { IdParams, Uuid } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { actorOf } from './commands/actor.ts';
import { addSession, openSessionCommunity, removeSession, updateSession } from './commands/sessions.ts';

const tags = ['events'];
export const SessionParams = Type.Object({ id: Uuid, sessionId: Uuid });

/** The agenda: organisers add, change and remove sessions, and let a session continue as a community. */
export async function sessionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post(
    '/events/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Add a session to the agenda (organisers)',
        params: IdParams,
        body: SessionInput,
        response: { 201: SessionView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const session = await addSession(deps, actorOf(request.principal, request.ip), request.params.id, request.body);
      return reply.code(201).send(session);
    },
  );

  r.put(
    '/events/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Change a session (organisers); its calendar entry follows',
        params: SessionParams,
        body: SessionInput,
        response: { 200: SessionView, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateSession(
        deps,
        actorOf(request.principal, request.ip),
        request.params.id,
        request.params.sessionId,
        request.body,
      ),
  );

  r.delete(
    '/events/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Remove a session (organisers)',
        params: SessionParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeSession(deps, actorOf(request.principal, request.ip), request.params.id, request.params.sessionId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/events/:id/sessions/:sessionId/community',
    {
      schema: {
        tags,
        summary: 'Let a session continue as an open community of the network (organisers; once per session)',
        params: SessionParams,
        response: { 200: SessionView, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      openSessionCommunity(deps, actorOf(request.principal, request.ip), request.params.id, request.params.sessionId),
  );
}
