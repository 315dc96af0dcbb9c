import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { SSO_PROVIDER_ID_PATTERN } from '../../../../shared/contracts/sso-admin.ts';
import type { Deps } from '../../../deps.ts';
import { personChanged } from '../../../platform/auth/plugin.ts';
import { badRequest, Problem } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { backchannelLogout } from './backchannel-logout.ts';

const Params = Type.Object(
  { provider: Type.String({ pattern: SSO_PROVIDER_ID_PATTERN }) },
  { additionalProperties: false },
);
const Body = Type.Object({ logout_token: Type.String({ minLength: 1, maxLength: 16_384 }) });
const FORM_LIMIT = 32 * 1024;

/**
 * `POST /api/auth/sso/<id>/backchannel-logout` (OpenID Connect Back-Channel Logout 1.0): the provider posts a
 * logout token as a form; the sessions it names end and their open sockets close (on every process, through
 * the same person-changed signal as "sign out everywhere"). 200 when done, 400 problem+json when refused.
 */
export async function ssoLogoutRoutes(fastify: FastifyInstance, deps: Deps) {
  // Its own scope: only this route reads form bodies.
  await fastify.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_LIMIT },
      (_request, body, done) => {
        const form = new URLSearchParams(String(body));
        const values: Record<string, string> = {};
        for (const [key, value] of form) {
          if (key in values) return done(badRequest('validation', `"${key.slice(0, 50)}" is given twice`), undefined);
          values[key] = value;
        }
        done(null, values);
      },
    );
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    app.post(
      '/auth/sso/:provider/backchannel-logout',
      {
        // Not in the sign-in routes' flood guard: a provider signing many people out at once (a Keycloak
        // ending a realm's sessions) posts from one address, and a logout refused with 429 would leave
        // sessions open. Each request costs a signature check; the keys are read at most every 30 s.
        schema: {
          tags: ['sso'],
          summary: "The provider's back-channel logout: ends the sessions its logout token names",
          params: Params,
          body: Body,
          response: { 200: Type.Null(), ...problems(400, 404, 415, 503) },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const result = await backchannelLogout(deps, request.params.provider, request.body.logout_token, request.ip);
        if (result.kind === 'refused')
          throw new Problem(400, 'sso-logout-token-invalid', 'The logout token was refused', result.why);
        if (result.kind === 'unavailable')
          throw new Problem(503, 'sso-provider-unavailable', "The provider's keys could not be read", result.why);
        for (const personId of result.personIds) personChanged(request, personId);
        return reply.code(200).send(null);
      },
    );
  });
}
