import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Deps } from '../../../../deps.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { Problem } from '../../../../platform/errors/problem.ts';
import { withRetryAfter } from '../../login-throttle.ts';
import type { RequestContext } from '../../request-context.ts';
import { TwoFactorCode } from '../two-factor-schema.ts';
import { checkCodeThrottle, hasTwoFactor, invalidCode, proveSecondFactor, recordWrongCode } from './two-factor.ts';

/** The header a step-up code travels in, the same for every route that asks for one. */
export const STEP_UP_HEADER = 'x-two-factor-code';

/** The headers schema of a route that asks for a step-up code (other headers pass as they are). */
export const StepUpHeaders = Type.Object({
  [STEP_UP_HEADER]: Type.Optional({ ...TwoFactorCode, description: 'A current code of the second factor (step-up)' }),
});

const codeRequired = () =>
  new Problem(
    401,
    'two-factor-code-required',
    'This action needs a current code of your second factor',
    `Send a code from your authenticator app, a recovery code or a passkey's step-up proof in the ${STEP_UP_HEADER} header.`,
  );

/** The step-up code a request carries, if any. */
export const stepUpCodeOf = (request: FastifyRequest): string | undefined => {
  const value = request.headers[STEP_UP_HEADER];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Asks a person with an active second factor for a current code again before a sensitive action (step-up):
 * 401 `two-factor-code-required` without one, 401 `invalid-two-factor-code` for a wrong one, which counts
 * with the wrong codes at sign-in (5 per person in the window, then 429 with `Retry-After`). Each TOTP step
 * is accepted once, each recovery code used up. A person without a second factor passes.
 */
export async function requireStepUp(
  deps: Deps,
  principal: Principal,
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: RequestContext,
  during: string,
): Promise<void> {
  if (!(await hasTwoFactor(deps, principal.personId))) return;
  const code = stepUpCodeOf(request);
  if (!code) throw codeRequired();
  await withRetryAfter(reply, () => checkCodeThrottle(deps, principal.personId));
  if (!(await proveSecondFactor(deps, principal.personId, code))) {
    await recordWrongCode(deps, principal.personId, ctx, during);
    throw invalidCode(401);
  }
}
