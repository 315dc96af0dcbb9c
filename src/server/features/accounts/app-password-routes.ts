import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { createAppPassword, listAppPasswords, revokeAppPassword } from './commands/app-passwords.ts';
import { contextOf } from './request-context.ts';
import { AppPasswordView, CreateAppPasswordBody, CreatedAppPasswordView } from './schema.ts';
import { requireStepUp, StepUpHeaders } from './two-factor/commands/two-factor-step-up.ts';

const tags = ['accounts'];
const NoContent = Type.Null({ description: 'No content' });

/** App passwords: personal tokens for WebDAV (Basic) and API (Bearer) clients. */
export async function appPasswordRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/me/app-passwords',
    {
      schema: {
        tags,
        summary: 'My app passwords, newest first (never their secrets)',
        response: { 200: Type.Array(AppPasswordView), ...problems(401) },
      },
    },
    async (request) => listAppPasswords(deps, requirePrincipal(request)),
  );

  r.post(
    '/me/app-passwords',
    {
      schema: {
        tags,
        summary:
          'Create an app password for WebDAV or the API; its token is in this answer only. With two-factor sign-in active, a current code in X-Two-Factor-Code',
        headers: StepUpHeaders,
        body: CreateAppPasswordBody,
        response: { 201: CreatedAppPasswordView, ...problems(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const ctx = contextOf(request);
      await requireStepUp(deps, principal, request, reply, ctx, 'app-password');
      const created = await createAppPassword(deps, principal, request.body, ctx);
      // The token must not linger in any cache on the way.
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(created);
    },
  );

  r.delete(
    '/me/app-passwords/:id',
    {
      schema: {
        tags,
        summary: 'Revoke one of my app passwords; it opens nothing from now on',
        params: IdParams,
        response: { 204: NoContent, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await revokeAppPassword(deps, requirePrincipal(request), request.params.id, contextOf(request));
      return reply.code(204).send(null);
    },
  );
}
