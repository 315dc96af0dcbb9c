import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TWO_FACTOR_ENROL_PATH, TWO_FACTOR_REQUIRED } from '../../../shared/contracts/two-factor-requirement.ts';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { notFound, Problem } from '../../platform/errors/problem.ts';
import { adminLacksSecondFactor } from '../accounts/two-factor/two-factor-requirement.ts';
import { mayAdministerPlatform } from './policy.ts';

/** The platform admin making the request; to everyone else the administration does not exist (404). */
export function requireAdmin(request: FastifyRequest): Principal {
  if (!mayAdministerPlatform(request.principal)) throw notFound('Page');
  return request.principal;
}

const ADMIN_PREFIX = '/api/admin/';

export const twoFactorRequired = () =>
  new Problem(
    403,
    TWO_FACTOR_REQUIRED,
    'Two-factor sign-in is required for administrators',
    `Turn on two-factor sign-in on your account page (${TWO_FACTOR_ENROL_PATH}), then come back.`,
    undefined,
    { enrolUrl: TWO_FACTOR_ENROL_PATH },
  );

/**
 * Every route under `/api/admin/` (whichever feature declares it) refuses a platform admin without an
 * active second factor while the platform requires one: 403 `two-factor-required`, naming the account
 * page, where enrolment stays open. Others pass on to the route's own wall (404 for non-admins), so the
 * answer tells them nothing new.
 */
export function guardAdminSecondFactor(app: FastifyInstance, deps: Deps): void {
  app.addHook('preHandler', async (request) => {
    if (!request.routeOptions.url?.startsWith(ADMIN_PREFIX)) return;
    if (!mayAdministerPlatform(request.principal)) return;
    if (await adminLacksSecondFactor(deps, request.principal)) throw twoFactorRequired();
  });
}
