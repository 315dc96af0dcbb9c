import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { authRateLimit, registerAuthRateLimit } from '../../platform/auth/rate-limit.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { meOf } from '../accounts/me.ts';
import { contextOf } from '../accounts/request-context.ts';
import { Email, Locale, Me, Name, NewPassword, Token } from '../accounts/schema.ts';
import { giveSessionCookie } from '../accounts/session-cookie.ts';
import { completeSetup, setupNeeded } from './service.ts';

const tags = ['setup'];

const SetupBody = Type.Object(
  { token: Token, name: Name, email: Email, password: NewPassword, locale: Type.Optional(Locale) },
  { additionalProperties: false },
);

/** First-run setup: the one-time link printed at start creates the first platform administrator. */
export async function setupRoutes(app: FastifyInstance, deps: Deps) {
  await registerAuthRateLimit(app, deps.config.authRateLimitPerMinute);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/setup',
    {
      schema: {
        tags,
        summary: 'Whether first-run setup is still needed',
        response: { 200: Type.Object({ needed: Type.Boolean() }) },
      },
    },
    async () => ({ needed: await setupNeeded(deps) }),
  );

  r.post(
    '/setup',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Create the first platform administrator with the one-time setup token; signs them in',
        body: SetupBody,
        response: { 201: Me, ...problems(400, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const { personId, session } = await completeSetup(deps, request.body, contextOf(request));
      giveSessionCookie(deps, reply, session);
      return reply.code(201).send(await meOf(deps.db, personId));
    },
  );
}
