import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { authRateLimit } from '../../platform/auth/rate-limit.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { contextOf } from '../accounts/request-context.ts';
import { giveSessionCookie } from '../accounts/session-cookie.ts';
import { acceptInvitationCommand, invitationPreview } from './commands/accept-invitation.ts';
import { inviteByEmailCommand } from './commands/invite-by-email.ts';
import { revokeInvitationCommand } from './commands/revoke-invitation.ts';
import { invitationsView } from './owner-views.ts';
import { actorOf } from './routes.ts';
import {
  AcceptInvitationBody,
  Invitation,
  InvitationAccepted,
  InvitationParams,
  InvitationPreview,
  InviteBody,
  TAGS,
  TokenParams,
} from './schema.ts';

/** Invitations by e-mail: sending, listing and withdrawing them (owners), and the link's preview and acceptance. */
export async function invitationRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/workspaces/:id/invitations',
    {
      schema: {
        tags: TAGS,
        summary:
          'Invite someone by e-mail with a role (owners); mails a link valid 14 days and notifies an existing account',
        params: IdParams,
        body: InviteBody,
        response: { 201: Invitation, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const invitation = await inviteByEmailCommand(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        request.log,
      );
      return reply.status(201).send(invitation);
    },
  );

  app.get(
    '/workspaces/:id/invitations',
    {
      schema: {
        tags: TAGS,
        summary: 'Open invitations (owners)',
        params: IdParams,
        response: { 200: Type.Array(Invitation), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => invitationsView(deps.db, requirePrincipal(request).personId, request.params.id),
  );

  app.delete(
    '/workspaces/:id/invitations/:invitationId',
    {
      schema: {
        tags: TAGS,
        summary: 'Withdraw an open invitation (owners)',
        params: InvitationParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeInvitationCommand(deps, actorOf(request), request.params.id, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/workspace-invitations/:token',
    {
      schema: {
        tags: TAGS,
        summary: 'What an invitation link offers (no sign-in needed); 404 when unknown, used, withdrawn or expired',
        params: TokenParams,
        response: { 200: InvitationPreview, ...problems(400, 404) },
      },
    },
    async (request) => invitationPreview(deps, request.params.token),
  );

  app.post(
    '/workspace-invitations/:token/accept',
    {
      config: authRateLimit,
      schema: {
        tags: TAGS,
        summary:
          'Accept an invitation: signed in with the invited address; or signed out with name and password, which registers a verified account and signs it in',
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 200: InvitationAccepted, ...problems(400, 401, 403, 404, 429) },
      },
      // Signed in, nothing needs to be sent: an empty POST accepts.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) => {
      const { session, ...accepted } = await acceptInvitationCommand(
        deps,
        request.principal,
        request.params.token,
        request.body,
        contextOf(request),
      );
      if (session) giveSessionCookie(deps, reply, session);
      return accepted;
    },
  );
}
