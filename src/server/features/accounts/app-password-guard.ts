import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { AppPasswordGuard } from '../../platform/auth/plugin.ts';
import { checkLoginThrottle, type LoginCheck, recordFailure } from './login-throttle.ts';

// A Bearer token names no account: its failures count per address under this key. It is no e-mail address,
// so no account is throttled or mailed for them; one guesser cannot lock everyone's clients out.
const BEARER_KEY = 'app-password';

/**
 * The sign-in throttle, applied to app passwords: failures count with the failed sign-ins of the same
 * address (and, for Basic, of the same account), so guessing through a client is no cheaper than through
 * the sign-in form. Every failure is audited.
 */
export function appPasswordGuard(deps: Deps): AppPasswordGuard {
  const bearerDeps: Deps = {
    ...deps,
    config: { ...deps.config, loginMaxFailuresPerAccount: 0, loginAlertFailures: 0 },
  };
  const depsFor = (email: string | null) => (email ? deps : bearerDeps);
  return {
    check: (request: FastifyRequest, email: string | null) =>
      checkLoginThrottle(depsFor(email), email ?? BEARER_KEY, request.ip),
    async failed(request: FastifyRequest, email: string | null, checked: unknown) {
      await deps.db.transaction(async (tx) => {
        await recordFailure(tx, depsFor(email).config, checked as LoginCheck);
        await audit(tx, {
          actorId: null,
          action: 'auth.app_password_failed',
          ip: request.ip,
          details: email ? { email, scheme: 'basic' } : { scheme: 'bearer' },
        });
      });
    },
  };
}
