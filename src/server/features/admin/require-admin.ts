import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { guardSecondFactor } from '../accounts/two-factor/second-factor-guard.ts';
import { mayAdministerPlatform } from './policy.ts';

/** The platform admin making the request; to everyone else the administration does not exist (404). */
export function requireAdmin(request: FastifyRequest): Principal {
  if (!mayAdministerPlatform(request.principal)) throw notFound('Page');
  return request.principal;
}

/**
 * Every route under `/api/admin/` (whichever feature declares it) refuses a platform admin without an
 * active second factor while the platform requires one; the same hook holds people whose organisation
 * requires a second factor to the enrolment (`accounts/two-factor/second-factor-guard.ts`).
 */
export function guardAdminSecondFactor(app: FastifyInstance, deps: Deps): void {
  guardSecondFactor(app, deps, mayAdministerPlatform);
}
