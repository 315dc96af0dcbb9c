import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { registerAuthRateLimit } from '../../platform/auth/rate-limit.ts';
import { appPasswordRoutes } from './app-password-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { meRoutes } from './me-routes.ts';
import { twoFactorRoutes } from './two-factor/two-factor-routes.ts';

/** Accounts: registration, sign-in, passwords, sessions, app passwords, two-factor sign-in, the signed-in person, people search. */
export async function accountsRoutes(app: FastifyInstance, deps: Deps) {
  await registerAuthRateLimit(app, deps.config.authRateLimitPerMinute);
  await authRoutes(app, deps);
  await meRoutes(app, deps);
  await appPasswordRoutes(app, deps);
  await twoFactorRoutes(app, deps);
}
