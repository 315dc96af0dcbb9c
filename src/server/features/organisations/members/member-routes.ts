import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { organisationRoleOf } from '../membership.ts';
import { canManage } from '../policy.ts';
import { requireOrganisation } from '../profile/profile.ts';
import { membersOf } from '../queries.ts';
import { MemberList, MemberParams, RoleBody, TAGS } from '../schema.ts';
import { actorOf } from '../viewer.ts';
import { changeRole } from './change-role.ts';
import { confirmMember } from './confirm-member.ts';
import { removeMember } from './remove-member.ts';

export async function memberRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/organisations/:id/members',
    {
      schema: {
        tags: TAGS,
        summary:
          'Everyone who named the organisation as home (its administrators): pending requests first, those with a verified address of one of its domains before the others',
        params: IdParams,
        response: { 200: MemberList, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = await actorOf(deps.db, request);
      await requireOrganisation(deps.db, request.params.id);
      if (!canManage(actor.viewer, request.params.id)) throw forbidden('Only administrators see the member list.');
      const members = await membersOf(deps.db, request.params.id);
      return members.map((m) => ({
        ...m,
        role: organisationRoleOf(m.role),
        status: m.status === 'confirmed' ? ('confirmed' as const) : ('pending' as const),
      }));
    },
  );

  app.post(
    '/organisations/:id/members/:personId/confirm',
    {
      schema: {
        tags: TAGS,
        summary: 'Confirm a pending member; the person is told in real time and by mail',
        params: MemberParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(deps.db, request);
      await confirmMember(deps, actor, request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/organisations/:id/members/:personId',
    {
      schema: {
        tags: TAGS,
        summary: 'Change a confirmed member’s role; the last administrator cannot be demoted',
        params: MemberParams,
        body: RoleBody,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(deps.db, request);
      await changeRole(deps.db, actor, request.params.id, request.params.personId, request.body.role);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/organisations/:id/members/:personId',
    {
      schema: {
        tags: TAGS,
        summary:
          'Remove a member or reject a request (administrators), or leave (the person); not the last administrator',
        params: MemberParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(deps.db, request);
      await removeMember(deps.db, actor, request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );
}
