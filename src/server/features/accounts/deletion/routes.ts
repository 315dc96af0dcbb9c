import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  AccountDeletionStatus,
  DeleteOwnAccountBody,
  DeletePersonBody,
} from '../../../../shared/contracts/account-deletion.ts';
import type { Deps } from '../../../deps.ts';
import { personChanged, requirePrincipal } from '../../../platform/auth/plugin.ts';
import { forbidden, invalid, Problem } from '../../../platform/errors/problem.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { requireAdmin } from '../../admin/require-admin.ts';
import { contextOf } from '../request-context.ts';
import { takeSessionCookie } from '../session-cookie.ts';
import { requireStepUp, StepUpHeaders } from '../two-factor/commands/two-factor-step-up.ts';
import { twoFactorOf } from '../two-factor/two-factor-queries.ts';
import { deleteOwnAccount, deletionStatusOf } from './delete-own-account.ts';
import { runDeletion } from './run-deletion.ts';

const NoContent = Type.Null({ description: 'No content' });

/**
 * Deleting an account (DSGVO Art. 17): by the person (no route takes another person's ID) and by a
 * platform admin on a person's request, with a written reason.
 */
export async function accountDeletionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/me/account-deletion',
    {
      schema: {
        tags: ['accounts'],
        summary: 'What I must hand over before I can delete my account, and how I confirm it',
        response: { 200: AccountDeletionStatus, ...problems(401) },
      },
    },
    async (request) => deletionStatusOf(deps, requirePrincipal(request).personId),
  );

  r.post(
    '/me/account-deletion',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Delete my account: confirmed with my password (or, without one, through my provider), with two-factor sign-in active also a current code in X-Two-Factor-Code; every session ends',
        headers: StepUpHeaders,
        body: DeleteOwnAccountBody,
        response: { 204: NoContent, ...problems(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (principal.appPasswordId) throw forbidden('An account is deleted in the browser, not with an app password.');
      const ctx = contextOf(request);
      const hasSecondFactor = Boolean((await twoFactorOf(deps.db, principal.personId))?.enabledAt);
      await requireStepUp(deps, principal, request, reply, ctx, 'account-deletion');
      await deleteOwnAccount(deps, principal, request.body, ctx, hasSecondFactor);
      // The person's sessions are gone: the onSend hook makes every process forget them and close their sockets.
      takeSessionCookie(deps, reply);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/admin/persons/:id/deletion',
    {
      schema: {
        tags: ['admin'],
        summary:
          "Delete a person's account on their request, with a written reason (platform admins; step-up code when the admin has two factors); the person is told by mail",
        headers: StepUpHeaders,
        params: IdParams,
        body: DeletePersonBody,
        response: { 204: NoContent, ...problems(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const admin = requireAdmin(request);
      const reason = request.body.reason.trim();
      if (!reason) {
        throw invalid([{ field: '/reason', message: 'must not be blank' }], 'A reason is required');
      }
      if (request.params.id === admin.personId) {
        throw new Problem(403, 'cannot-delete-self', 'Delete your own account on your account page');
      }
      const ctx = contextOf(request);
      await requireStepUp(deps, admin, request, reply, ctx, 'admin-deletion');
      await runDeletion(deps, request.params.id, request.body.contributions, {
        actorId: admin.personId,
        kind: 'admin',
        ip: ctx.ip,
        reason,
        log: ctx.log,
      });
      personChanged(request, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
