import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { authRateLimit } from '../../../platform/auth/rate-limit.ts';
import { IdParams } from '../../../platform/http/id-schemas.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { withRetryAfter } from '../login-throttle.ts';
import { meOf } from '../me.ts';
import { contextOf } from '../request-context.ts';
import { Me } from '../schema.ts';
import { giveSessionCookie } from '../session-cookie.ts';
import {
  completePasskeySignIn,
  listPasskeys,
  passkeyStepUp,
  registerPasskey,
  registrationOptions,
  removePasskey,
  signInOptions,
  stepUpOptions,
} from './commands/passkeys.ts';
import { requireStepUp, StepUpHeaders } from './commands/two-factor-step-up.ts';
import {
  PasskeyList,
  PasskeySignInBody,
  PasskeySignInOptionsBody,
  PasskeyStepUpBody,
  PasskeyStepUpProof,
  RegisteredPasskey,
  RegisterPasskeyBody,
  WebAuthnOptions,
} from './passkey-schema.ts';

const tags = ['accounts'];
const NoContent = Type.Null({ description: 'No content' });

/** Passkeys (WebAuthn) as a second factor: register, list, remove; sign-in and step-up with one. */
export async function passkeyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/me/passkeys',
    {
      schema: {
        tags,
        summary: 'The passkeys of the signed-in person, with their last use',
        response: { 200: PasskeyList, ...problems(401) },
      },
    },
    async (request) => listPasskeys(deps, requirePrincipal(request)),
  );

  r.post(
    '/me/passkeys/options',
    {
      schema: {
        tags,
        summary:
          'WebAuthn options for registering a passkey (a new single-use challenge); with two factors on, asks for one again (X-Two-Factor-Code)',
        headers: StepUpHeaders,
        response: { 200: WebAuthnOptions, ...problems(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      // A session alone must not add a second factor to an account that has one (a stolen session would
      // then pass every later step-up with its own passkey).
      await requireStepUp(deps, principal, request, reply, contextOf(request), 'add-passkey');
      const options = await registrationOptions(deps, principal);
      reply.header('cache-control', 'no-store');
      return options;
    },
  );

  r.post(
    '/me/passkeys',
    {
      schema: {
        tags,
        summary: 'Register a passkey from the authenticator’s answer; the first second factor brings recovery codes',
        body: RegisterPasskeyBody,
        response: { 201: RegisteredPasskey, ...problems(400, 401, 409) },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown as { name: string; response: RegistrationResponseJSON };
      const result = await registerPasskey(deps, requirePrincipal(request), body, contextOf(request));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(result);
    },
  );

  r.delete(
    '/me/passkeys/:id',
    {
      schema: {
        tags,
        summary: 'Remove a passkey; asks for the second factor again (X-Two-Factor-Code)',
        params: IdParams,
        headers: StepUpHeaders,
        response: { 204: NoContent, ...problems(400, 401, 404, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const ctx = contextOf(request);
      await requireStepUp(deps, principal, request, reply, ctx, 'remove-passkey');
      await removePasskey(deps, principal, request.params.id, ctx);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/me/two-factor/step-up/passkey/options',
    {
      schema: {
        tags,
        summary: 'WebAuthn options for asking the second factor again with a passkey',
        response: { 200: WebAuthnOptions, ...problems(401, 409, 429) },
      },
    },
    async (request, reply) => {
      const options = await withRetryAfter(reply, () => stepUpOptions(deps, requirePrincipal(request)));
      reply.header('cache-control', 'no-store');
      return options;
    },
  );

  r.post(
    '/me/two-factor/step-up/passkey',
    {
      schema: {
        tags,
        summary: 'Prove the second factor with a passkey: answers a single-use proof for X-Two-Factor-Code',
        body: PasskeyStepUpBody,
        response: { 200: PasskeyStepUpProof, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const response = request.body.response as unknown as AuthenticationResponseJSON;
      const proof = await withRetryAfter(reply, () => passkeyStepUp(deps, principal, response, contextOf(request)));
      reply.header('cache-control', 'no-store');
      return proof;
    },
  );

  r.post(
    '/auth/login/passkey/options',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'WebAuthn options for finishing a half-done sign-in with a passkey',
        body: PasskeySignInOptionsBody,
        response: { 200: WebAuthnOptions, ...problems(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const options = await withRetryAfter(reply, () => signInOptions(deps, request.body.challenge));
      reply.header('cache-control', 'no-store');
      return options;
    },
  );

  r.post(
    '/auth/login/passkey',
    {
      config: authRateLimit,
      schema: {
        tags,
        summary: 'Finish a half-done sign-in with a passkey; sets the session cookie',
        body: PasskeySignInBody,
        response: { 200: Me, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const input = request.body as unknown as { challenge: string; response: AuthenticationResponseJSON };
      const { personId, session } = await withRetryAfter(reply, () =>
        completePasskeySignIn(deps, input, contextOf(request)),
      );
      giveSessionCookie(deps, reply, session);
      return meOf(deps.db, personId);
    },
  );
}
