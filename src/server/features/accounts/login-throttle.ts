import type { Deps } from '../../deps.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { Problem } from '../../platform/errors/problem.ts';
import { throttle } from './policy.ts';
import { pruneLoginAttempts, recentFailures, recordLoginAttempt } from './queries.ts';

/** 429 with the seconds to wait; the route copies them into `Retry-After`. */
export class LoginThrottled extends Problem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate-limited', 'Too many failed sign-ins', `Please try again in ${retryAfterSeconds} seconds.`);
  }
}

/**
 * Refuses the attempt when the account or the address has failed too often within the window. Counted in
 * the database, so every server process sees the same failures.
 */
export async function checkLoginThrottle(deps: Deps, email: string, ip: string): Promise<void> {
  const { loginMaxFailures, loginMaxFailuresPerAddress, loginWindowMinutes } = deps.config;
  if (loginMaxFailures === 0 && loginMaxFailuresPerAddress === 0) return;
  const now = new Date();
  const windowMs = loginWindowMinutes * 60_000;
  const failures = await recentFailures(deps.db, {
    email,
    ip,
    since: new Date(now.getTime() - windowMs),
    limitByEmail: loginMaxFailures,
    limitByIp: loginMaxFailuresPerAddress,
  });
  let wait = 0;
  for (const [list, maxFailures] of [
    [failures.byEmail, loginMaxFailures],
    [failures.byIp, loginMaxFailuresPerAddress],
  ] as const) {
    if (maxFailures === 0) continue;
    const verdict = throttle(list, { maxFailures, windowMs, now });
    if (verdict.throttled) wait = Math.max(wait, verdict.retryAfterSeconds);
  }
  if (wait > 0) throw new LoginThrottled(wait);
}

// Attempts older than this can matter to no window; they are cleared now and then.
const KEEP_MS = 24 * 3600_000;

export async function recordAttempt(tx: Tx, email: string, ip: string, succeeded: boolean): Promise<void> {
  await recordLoginAttempt(tx, { id: newId(), email, ip, succeeded });
  // About one attempt in a hundred sweeps old rows, so the table stays small without a scheduler.
  if (Math.random() < 0.01) await pruneLoginAttempts(tx, new Date(Date.now() - KEEP_MS));
}
