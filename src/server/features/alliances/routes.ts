import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { unauthenticated } from '../../platform/errors/problem.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { answerInvitationCommand } from './commands/answer-invitation.ts';
import { createAllianceCommand } from './commands/create-alliance.ts';
import { inviteOrganisationCommand } from './commands/invite-organisation.ts';
import { removeMemberCommand } from './commands/remove-member.ts';
import { updateAllianceCommand } from './commands/update-alliance.ts';
import {
  Alliance,
  AllianceDetail,
  AllianceList,
  CreateAllianceBody,
  IdOrSlugParams,
  Invitation,
  InviteBody,
  ListQuery,
  MemberParams,
  OpenInvitations,
  TAGS,
  UpdateAllianceBody,
} from './schema.ts';
import { type Actor, viewerOf } from './service.ts';
import { allianceDetailView, allianceListView, openInvitationsView } from './views.ts';

export async function allianceRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  async function actorOf(request: FastifyRequest): Promise<Actor> {
    const viewer = await viewerOf(deps.db, requirePrincipal(request));
    if (!viewer) throw unauthenticated();
    return { viewer, ip: request.ip };
  }

  app.get(
    '/alliances',
    {
      schema: {
        tags: TAGS,
        summary:
          'List alliances (public); with mine=true those of my organisation, including invitations for its admins',
        querystring: ListQuery,
        response: { 200: AllianceList, ...problems(400, 401) },
      },
    },
    async (request) => {
      if (request.query.mine && !request.principal) throw unauthenticated();
      const viewer = await viewerOf(deps.db, request.principal);
      return allianceListView(deps.db, viewer, request.query);
    },
  );

  app.post(
    '/alliances',
    {
      schema: {
        tags: TAGS,
        summary: 'Create an alliance; the organisation the caller administers becomes its first member',
        body: CreateAllianceBody,
        response: { 201: Alliance, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const alliance = await createAllianceCommand(deps, await actorOf(request), request.body);
      return reply.status(201).send(alliance);
    },
  );

  app.get(
    '/alliances/invitations',
    {
      schema: {
        tags: TAGS,
        summary: 'Open invitations to the organisation the caller administers',
        response: { 200: OpenInvitations, ...problems(401, 403) },
      },
    },
    async (request) => openInvitationsView(deps.db, await viewerOf(deps.db, request.principal)),
  );

  app.get(
    '/alliances/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'An alliance by ID or slug, with its members (for list and map) and what the caller may do',
        params: IdOrSlugParams,
        response: { 200: AllianceDetail, ...problems(400, 404) },
      },
    },
    async (request) => allianceDetailView(deps.db, await viewerOf(deps.db, request.principal), request.params.id),
  );

  app.patch(
    '/alliances/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Change name, description or website (admins of member organisations)',
        params: IdParams,
        body: UpdateAllianceBody,
        response: { 200: Alliance, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => updateAllianceCommand(deps, await actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/alliances/:id/invitations',
    {
      schema: {
        tags: TAGS,
        summary: 'Invite an organisation (admins of member organisations); mails its admins',
        params: IdParams,
        body: InviteBody,
        response: { 201: Invitation, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const invitation = await inviteOrganisationCommand(
        deps,
        await actorOf(request),
        request.params.id,
        request.body.organisationId,
        request.log,
      );
      return reply.status(201).send(invitation);
    },
  );

  for (const answer of ['accept', 'decline'] as const) {
    app.post(
      `/alliances/:id/invitations/:organisationId/${answer}`,
      {
        schema: {
          tags: TAGS,
          summary:
            answer === 'accept'
              ? 'Accept an invitation (admins of the invited organisation); it becomes a member'
              : 'Decline an invitation (admins of the invited organisation)',
          params: MemberParams,
          response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { id, organisationId } = request.params;
        await answerInvitationCommand(deps, await actorOf(request), id, organisationId, answer);
        return reply.status(204).send(null);
      },
    );
  }

  app.delete(
    '/alliances/:id/members/:organisationId',
    {
      schema: {
        tags: TAGS,
        summary:
          'Leave the alliance (admins of that organisation) or withdraw an invitation (admins of member organisations); the alliance is deleted when its last member leaves',
        params: MemberParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, organisationId } = request.params;
      await removeMemberCommand(deps, await actorOf(request), id, organisationId);
      return reply.status(204).send(null);
    },
  );
}
