import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../deps.ts';
import { requirePrincipal } from '../../../platform/auth/plugin.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { withRetryAfter } from '../login-throttle.ts';
import { contextOf } from '../request-context.ts';
import {
  confirmEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  startEnrolment,
  twoFactorStatus,
} from './commands/two-factor.ts';
import { requireStepUp, StepUpHeaders } from './commands/two-factor-step-up.ts';
import { organisationRequirementRoutes } from './organisation-requirement-routes.ts';
import { hasPasskeys } from './passkey-proof.ts';
import { passkeyRoutes } from './passkey-routes.ts';
import {
  DisableTwoFactorBody,
  RecoveryCodesView,
  TwoFactorCodeBody,
  TwoFactorEnrolmentView,
  TwoFactorStatusView,
} from './two-factor-schema.ts';

const tags = ['accounts'];
const NoContent = Type.Null({ description: 'No content' });

/** The signed-in person's second factor (TOTP and passkeys): enrol, new recovery codes, turn off. */
export async function twoFactorRoutes(app: FastifyInstance, deps: Deps) {
  await passkeyRoutes(app, deps);
  await organisationRequirementRoutes(app, deps);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/me/two-factor',
    {
      schema: {
        tags,
        summary: 'Whether two-factor sign-in is active, and how many recovery codes are left',
        response: { 200: TwoFactorStatusView, ...problems(401) },
      },
    },
    async (request) => twoFactorStatus(deps, requirePrincipal(request)),
  );

  r.post(
    '/me/two-factor/setup',
    {
      schema: {
        tags,
        summary:
          'Start enrolment: a new secret, as text and QR code, shown this once; active only after confirming. With passkeys, asks for the second factor again (X-Two-Factor-Code)',
        headers: StepUpHeaders,
        response: { 200: TwoFactorEnrolmentView, ...problems(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      if (await hasPasskeys(deps.db, principal.personId))
        await requireStepUp(deps, principal, request, reply, contextOf(request), 'add-authenticator-app');
      const enrolment = await startEnrolment(deps, principal);
      reply.header('cache-control', 'no-store');
      return enrolment;
    },
  );

  r.post(
    '/me/two-factor/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm enrolment with a current code; answers the recovery codes, shown this once',
        body: TwoFactorCodeBody,
        response: { 200: RecoveryCodesView, ...problems(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const result = await withRetryAfter(reply, () =>
        confirmEnrolment(deps, principal, request.body.code, contextOf(request)),
      );
      reply.header('cache-control', 'no-store');
      return result;
    },
  );

  r.post(
    '/me/two-factor/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace the recovery codes after a current code; the new ones are in this answer only',
        body: TwoFactorCodeBody,
        response: { 200: RecoveryCodesView, ...problems(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const result = await withRetryAfter(reply, () =>
        regenerateRecoveryCodes(deps, principal, request.body.code, contextOf(request)),
      );
      reply.header('cache-control', 'no-store');
      return result;
    },
  );

  r.post(
    '/me/two-factor/disable',
    {
      schema: {
        tags,
        summary: 'Turn two-factor sign-in off; needs the password and a current code or a recovery code',
        body: DisableTwoFactorBody,
        response: { 204: NoContent, ...problems(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      await withRetryAfter(reply, () => disableTwoFactor(deps, principal, request.body, contextOf(request)));
      return reply.code(204).send(null);
    },
  );
}
