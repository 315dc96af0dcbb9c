import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import { requirePrincipal } from '../../platform/auth/plugin.ts';
import { authRateLimit, registerAuthRateLimit } from '../../platform/auth/rate-limit.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { contextOf } from '../accounts/request-context.ts';
import { giveSessionCookie } from '../accounts/session-cookie.ts';
import { ssoAdminRoutes } from './admin/routes.ts';
import { finishFlow } from './commands/finish.ts';
import { FLOW_MINUTES, startFlow } from './commands/start.ts';
import { ssoIdentityRoutes } from './identities/routes.ts';
import { ssoLogoutRoutes } from './logout/routes.ts';
import { isUnavailable, messageOf } from './oidc-client.ts';
import { activeProviders, providerById, SsoFailure } from './providers.ts';
import { ssoRequirementRoutes } from './required/routes.ts';
import { refuseIfSsoRequired } from './required/sso-required.ts';
import { safeReturnTo } from './return-to.ts';

const tags = ['sso'];
/** Holds the state this browser was given, so that only the browser that started a sign-in can finish it. */
export const SSO_STATE_COOKIE = 'allmende_sso_state';
const COOKIE_PATH = '/api/auth/sso';

const ProviderParams = Type.Object(
  { provider: Type.String({ pattern: '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$' }) },
  { additionalProperties: false },
);
const StartQuery = Type.Object(
  { returnTo: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
// Providers add parameters of their own (session_state, scope, …): unknown ones are let through.
const CallbackQuery = Type.Object({
  state: Type.String({ minLength: 1, maxLength: 512 }),
  code: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })),
  iss: Type.Optional(Type.String({ maxLength: 1000 })),
  error: Type.Optional(Type.String({ maxLength: 200 })),
});
const Redirect = Type.Null({ description: 'Redirect (Location)' });
// The answer's shape is SsoProvider in src/shared/contracts/sso.ts.
const ProviderList = Type.Array(Type.Object({ id: Type.String(), name: Type.String(), startUrl: Type.String() }));

type ProviderRequest = FastifyRequest<{ Params: { provider: string }; Querystring: { returnTo?: string } }>;

/** Single sign-on with OpenID Connect providers (configured by `OIDC_PROVIDERS` and in the admin area). */
export async function ssoRoutes(app: FastifyInstance, deps: Deps) {
  await registerAuthRateLimit(app, deps.config.authRateLimitPerMinute);
  await ssoAdminRoutes(app, deps);
  await ssoIdentityRoutes(app, deps);
  await ssoRequirementRoutes(app, deps);
  await ssoLogoutRoutes(app, deps);
  // New app passwords would be a way around the provider: refused like password sign-in for those who must
  // use single sign-on (the route is the accounts'; the rule is single sign-on's).
  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/api/me/app-passwords' || !request.principal) return;
    await refuseIfSsoRequired(
      deps,
      { id: request.principal.personId, isPlatformAdmin: request.principal.isPlatformAdmin },
      'Creating app passwords',
    );
  });
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const secure = deps.config.environment === 'production';

  function toSignIn(reply: FastifyReply, reason: string) {
    return reply.redirect(`/sign-in?sso-error=${encodeURIComponent(reason)}`, 303);
  }

  /** Starts a flow and sends the browser to the provider, or back to the sign-in page when it is down. */
  async function begin(request: ProviderRequest, reply: FastifyReply, linkPersonId: string | null) {
    await providerById(deps, request.params.provider);
    const returnTo = safeReturnTo(request.query.returnTo);
    try {
      const { url, state } = await startFlow(deps, request.params.provider, { returnTo, linkPersonId });
      reply.setCookie(SSO_STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: COOKIE_PATH,
        maxAge: FLOW_MINUTES * 60,
      });
      reply.header('cache-control', 'no-store');
      return reply.redirect(url, 303);
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      request.log.warn({ provider: request.params.provider, why: messageOf(error) }, 'sign-in provider unavailable');
      return toSignIn(reply, 'provider-unavailable');
    }
  }

  r.get(
    '/auth/sso/providers',
    {
      schema: {
        tags,
        summary: 'The configured sign-in providers, for the sign-in page',
        response: { 200: ProviderList },
      },
    },
    async () =>
      (await activeProviders(deps)).map((p) => ({ id: p.id, name: p.name, startUrl: `/api/auth/sso/${p.id}/start` })),
  );

  r.get(
    '/auth/sso/:provider/start',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Sign in with a provider: redirects to it (returnTo: a path on this platform, else ignored)',
        params: ProviderParams,
        querystring: StartQuery,
        response: { 303: Redirect, ...problems(400, 404, 429) },
      },
    },
    (request, reply) => begin(request, reply, null),
  );

  r.get(
    '/auth/sso/:provider/link',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Link a provider to the signed-in account: redirects to it, links on return',
        params: ProviderParams,
        querystring: StartQuery,
        response: { 303: Redirect, ...problems(400, 401, 404, 429) },
      },
    },
    (request, reply) => begin(request, reply, requirePrincipal(request).personId),
  );

  r.get(
    '/auth/sso/:provider/callback',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Where the provider sends the browser back; signs in (or links) and redirects',
        params: ProviderParams,
        querystring: CallbackQuery,
        response: { 303: Redirect, ...problems(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const provider = await providerById(deps, request.params.provider);
      const at = request.url.indexOf('?');
      const query = at < 0 ? '' : request.url.slice(at);
      const currentUrl = new URL(`${deps.config.publicUrl}/api/auth/sso/${provider.id}/callback${query}`);
      reply.clearCookie(SSO_STATE_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: COOKIE_PATH });
      reply.header('cache-control', 'no-store');
      const ctx = contextOf(request);
      try {
        const result = await finishFlow(
          deps,
          provider.id,
          {
            currentUrl,
            state: request.query.state,
            browserState: request.cookies[SSO_STATE_COOKIE],
            principalId: request.principal?.personId ?? null,
          },
          ctx,
        );
        if (result.kind === 'linked') return reply.redirect(result.returnTo ?? '/account', 303);
        giveSessionCookie(deps, reply, result.session);
        return reply.redirect(result.returnTo ?? '/', 303);
      } catch (error) {
        if (!(error instanceof SsoFailure)) throw error;
        request.log.warn({ provider: provider.id, reason: error.reason, why: error.why }, 'single sign-on refused');
        await audit(deps.db, {
          actorId: request.principal?.personId ?? null,
          action: 'auth.sso_failed',
          ip: ctx.ip,
          // What failed, never a token or a claim's value: for the administrators who look into it.
          details: { provider: provider.id, reason: error.reason, ...(error.why ? { why: error.why } : {}) },
        });
        return toSignIn(reply, error.reason);
      }
    },
  );
}
