import type { FastifyInstance } from 'fastify';
import { TWO_FACTOR_ENROL_PATH, TWO_FACTOR_REQUIRED } from '../../../../shared/contracts/two-factor-requirement.ts';
import type { Deps } from '../../../deps.ts';
import { createPersonCache } from '../../../platform/auth/person-cache.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { adminLacksSecondFactor, memberLacksSecondFactor } from './two-factor-requirement.ts';

const ADMIN_PREFIX = '/api/admin/';

/** What a person whose organisation requires a second factor may still reach without one: enrolment and sign-out. */
const ENROLMENT_ROUTES = [
  /^\/api\/me$/,
  /^\/api\/me\/two-factor(\/|$)/,
  /^\/api\/me\/passkeys(\/|$)/,
  /^\/api\/auth\//,
];

export const twoFactorRequired = (who: 'admin' | 'organisation') =>
  new Problem(
    403,
    TWO_FACTOR_REQUIRED,
    who === 'admin'
      ? 'Two-factor sign-in is required for administrators'
      : 'Your organisation requires two-factor sign-in',
    `Turn on two-factor sign-in on your account page (${TWO_FACTOR_ENROL_PATH}), then come back.`,
    undefined,
    { enrolUrl: TWO_FACTOR_ENROL_PATH },
  );

/**
 * One hook for both requirements of a second factor, answering 403 `two-factor-required` with the account
 * page, where enrolment stays open:
 * - every route under `/api/admin/` refuses a platform admin without one while the platform requires it
 *   (others pass on to the route's own wall, 404 for non-admins, so the answer tells them nothing new);
 * - every API route but the enrolment, `GET /api/me` and sign-in/out refuses a person whose organisation
 *   requires a second factor of them and who has none (not in sessions a single sign-on opened).
 * `mayAdminister` is the administration's own policy, passed in so that accounts does not import admin.
 *
 * The member's answer is kept per session for `SESSION_CACHE_MS`, like the session itself: without it
 * every request would ask the database whether the person's organisation requires anything (almost
 * always not). A change by or about the person (turning a factor on) drops it at once on every process;
 * a requirement an organisation admin sets reaches its members within that time.
 */
export function guardSecondFactor(
  app: FastifyInstance,
  deps: Deps,
  mayAdminister: (principal: Principal) => boolean,
): void {
  const held = createPersonCache<{ lacks: boolean }>({ ttlMs: deps.config.sessionCacheMs });
  app.personChanges.subscribe((personId) => held.forgetPerson(personId));
  const memberLacks = async (principal: Principal) => {
    const cached = held.get(principal.sessionId);
    if (cached) return cached.lacks;
    const lacks = await memberLacksSecondFactor(deps, principal);
    held.set(principal.sessionId, principal.personId, { lacks });
    return lacks;
  };
  app.addHook('preHandler', async (request) => {
    const url = request.routeOptions.url;
    const principal = request.principal;
    if (!url || !principal) return;
    if (url.startsWith(ADMIN_PREFIX) && mayAdminister(principal)) {
      if (await adminLacksSecondFactor(deps, principal)) throw twoFactorRequired('admin');
    }
    if (!url.startsWith('/api/') || ENROLMENT_ROUTES.some((route) => route.test(url))) return;
    if (await memberLacks(principal)) throw twoFactorRequired('organisation');
  });
}
