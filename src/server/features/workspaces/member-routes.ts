import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { addMemberCommand } from './commands/add-member.ts';
import { answerJoinRequestCommand } from './commands/answer-join-request.ts';
import { changeRoleCommand } from './commands/change-role.ts';
import { joinWorkspaceCommand } from './commands/join-workspace.ts';
import { removeMemberCommand } from './commands/remove-member.ts';
import { requestToJoinCommand } from './commands/request-to-join.ts';
import { joinRequestsView } from './owner-views.ts';
import { actorOf } from './routes.ts';
import {
  AddMemberBody,
  AnswerRequestBody,
  ChangeRoleBody,
  JoinRequest,
  JoinRequestBody,
  Member,
  MemberParams,
  RequestParams,
  TAGS,
} from './schema.ts';

/** Members and roles, joining directly and by request. */
export async function memberRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/workspaces/:id/members',
    {
      schema: {
        tags: TAGS,
        summary: 'Add a person with a role (owners)',
        params: IdParams,
        body: AddMemberBody,
        response: { 201: Member, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const member = await addMemberCommand(deps, actorOf(request), request.params.id, request.body);
      return reply.status(201).send(member);
    },
  );

  app.patch(
    '/workspaces/:id/members/:personId',
    {
      schema: {
        tags: TAGS,
        summary: 'Change a member’s role (owners); the last owner cannot be demoted',
        params: MemberParams,
        body: ChangeRoleBody,
        response: { 200: Member, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      changeRoleCommand(deps, actorOf(request), request.params.id, request.params.personId, request.body.role),
  );

  app.delete(
    '/workspaces/:id/members/:personId',
    {
      schema: {
        tags: TAGS,
        summary: 'Leave the workspace (my own ID) or remove a member (owners); the last owner cannot go',
        params: MemberParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMemberCommand(deps, actorOf(request), request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/workspaces/:id/join',
    {
      schema: {
        tags: TAGS,
        summary: 'Join a workspace open to the people of its owning organisation or alliance, as a member',
        params: IdParams,
        response: { 201: Member, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const member = await joinWorkspaceCommand(deps, actorOf(request), request.params.id);
      return reply.status(201).send(member);
    },
  );

  app.post(
    '/workspaces/:id/join-requests',
    {
      schema: {
        tags: TAGS,
        summary: 'Ask to join a platform-wide workspace; its owners are notified',
        params: IdParams,
        body: JoinRequestBody,
        response: { 201: JoinRequest, ...problems(400, 401, 403, 404, 409) },
      },
      // The message is optional, so an empty POST is a request without one.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      const joinRequest = await requestToJoinCommand(
        deps,
        actorOf(request),
        request.params.id,
        request.body.message ?? '',
      );
      return reply.status(201).send(joinRequest);
    },
  );

  app.get(
    '/workspaces/:id/join-requests',
    {
      schema: {
        tags: TAGS,
        summary: 'Open join requests (owners)',
        params: IdParams,
        response: { 200: Type.Array(JoinRequest), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => joinRequestsView(deps.db, requirePrincipal(request).personId, request.params.id),
  );

  app.post(
    '/workspaces/:id/join-requests/:requestId',
    {
      schema: {
        tags: TAGS,
        summary: 'Accept or decline a join request (owners); the person is notified',
        params: RequestParams,
        body: AnswerRequestBody,
        response: { 200: JoinRequest, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      answerJoinRequestCommand(
        deps,
        actorOf(request),
        request.params.id,
        request.params.requestId,
        request.body.accept,
      ),
  );
}
