import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../deps.ts';
import { personChanged, requirePrincipal } from '../../platform/auth/plugin.ts';
import { authRateLimit } from '../../platform/auth/rate-limit.ts';
import { IdParams } from '../../platform/http/id-schemas.ts';
import { problems } from '../../platform/http/problem-schema.ts';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './commands/passwords.ts';
import { register } from './commands/register.ts';
import { signIn } from './commands/sign-in.ts';
import { endSession, listSessions, signOut } from './commands/sign-out.ts';
import { resendVerification, verifyEmail } from './commands/verify-email.ts';
import { withRetryAfter } from './login-throttle.ts';
import { meOf } from './me.ts';
import { contextOf, type RequestContext } from './request-context.ts';
import {
  Accepted,
  ChangePasswordBody,
  EmailBody,
  LoginBody,
  Me,
  RegisterBody,
  ResetConfirmBody,
  SessionView,
  TokenBody,
} from './schema.ts';
import { giveSessionCookie, takeSessionCookie } from './session-cookie.ts';
import { completeSignIn } from './two-factor/commands/two-factor.ts';
import { TwoFactorChallenge, TwoFactorLoginBody } from './two-factor/two-factor-schema.ts';

const tags = ['accounts'];
const NoContent = Type.Null({ description: 'No content' });

export async function authRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  /** Asks for a mailed link; the answer is the same for every address, so it tells nobody which have accounts. */
  function mailLinkRoute(
    url: string,
    summary: string,
    mailLink: (deps: Deps, email: string, ctx: RequestContext) => Promise<void>,
  ) {
    r.post(
      url,
      {
        config: authRateLimit,
        schema: {
          tags,
          summary: `${summary} (same answer for every address)`,
          body: EmailBody,
          response: { 202: Accepted, ...problems(400, 429) },
        },
      },
      async (request, reply) => {
        await mailLink(deps, request.body.email, contextOf(request));
        return reply.code(202).send({ status: 'accepted' });
      },
    );
  }

  r.post(
    '/auth/register',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Register an account; a verification link is mailed (same answer for known addresses)',
        body: RegisterBody,
        response: { 201: Type.Object({ status: Type.Literal('verification-sent') }), ...problems(400, 429) },
      },
    },
    async (request, reply) => {
      await register(deps, request.body, contextOf(request));
      return reply.code(201).send({ status: 'verification-sent' as const });
    },
  );

  r.post(
    '/auth/verify',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Confirm an e-mail address with the token from the mailed link',
        body: TokenBody,
        response: { 200: Type.Object({ verified: Type.Literal(true) }), ...problems(400, 429) },
      },
    },
    async (request) => {
      await verifyEmail(deps, request.body.token, contextOf(request));
      return { verified: true as const };
    },
  );

  mailLinkRoute('/auth/resend-verification', 'Mail a new verification link', resendVerification);

  r.post(
    '/auth/login',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary:
          'Sign in; sets the session cookie, or answers 202 with a half-done sign-in when a second factor is due',
        body: LoginBody,
        response: { 200: Me, 202: TwoFactorChallenge, ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const result = await withRetryAfter(reply, () => signIn(deps, request.body, contextOf(request)));
      if ('challenge' in result) {
        reply.header('cache-control', 'no-store');
        return reply.code(202).send({
          status: 'two-factor-required' as const,
          challenge: result.challenge,
          expiresAt: result.expiresAt.toISOString(),
        });
      }
      giveSessionCookie(deps, reply, result.session);
      return meOf(deps.db, result.personId);
    },
  );

  r.post(
    '/auth/login/two-factor',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Finish a half-done sign-in with a TOTP code or a recovery code; sets the session cookie',
        body: TwoFactorLoginBody,
        response: { 200: Me, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { personId, session } = await withRetryAfter(reply, () =>
        completeSignIn(deps, request.body, contextOf(request)),
      );
      giveSessionCookie(deps, reply, session);
      return meOf(deps.db, personId);
    },
  );

  r.post(
    '/auth/logout',
    { schema: { tags, summary: 'Sign out of this session', response: { 204: NoContent } } },
    async (request, reply) => {
      if (request.principal) await signOut(deps, request.principal, contextOf(request));
      takeSessionCookie(deps, reply);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/logout-all',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere: ends every session',
        response: { 204: NoContent, ...problems(401) },
      },
    },
    async (request, reply) => {
      await signOut(deps, requirePrincipal(request), contextOf(request), true);
      takeSessionCookie(deps, reply);
      return reply.code(204).send(null);
    },
  );

  mailLinkRoute('/auth/password-reset', 'Mail a password reset link', requestPasswordReset);

  r.post(
    '/auth/password-reset/confirm',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Set a new password with the token from the mailed link; ends every session',
        body: ResetConfirmBody,
        response: { 204: NoContent, ...problems(400, 429) },
      },
    },
    async (request, reply) => {
      const { personId } = await confirmPasswordReset(deps, request.body, contextOf(request));
      // Every session ended: their cached sessions and open sockets, on every process, end now too.
      personChanged(request, personId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/change-password',
    {
      schema: {
        tags,
        summary: 'Change the password; ends the other sessions',
        body: ChangePasswordBody,
        response: { 204: NoContent, ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      await withRetryAfter(reply, () => changePassword(deps, principal, request.body, contextOf(request)));
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/auth/sessions',
    {
      schema: {
        tags,
        summary: 'My open sessions, most recently used first',
        response: { 200: Type.Array(SessionView), ...problems(401) },
      },
    },
    async (request) => listSessions(deps, requirePrincipal(request)),
  );

  r.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags,
        summary: 'End one of my sessions',
        params: IdParams,
        response: { 204: NoContent, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      await endSession(deps, principal, request.params.id);
      if (request.params.id === principal.sessionId) takeSessionCookie(deps, reply);
      return reply.code(204).send(null);
    },
  );
}
