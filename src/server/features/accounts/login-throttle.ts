import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';
import type { Deps } from '../../deps.ts';
import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { Problem } from '../../platform/errors/problem.ts';
import { loginAlertDue, loginThrottle } from './policy.ts';
import { claimLoginAlert, loginFailures, pruneLoginAttempts, recordLoginAttempt } from './queries.ts';

/** 429 with the seconds to wait; the route copies them into `Retry-After`. */
export class LoginThrottled extends Problem {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate-limited', 'Too many failed sign-ins', `Please try again in ${retryAfterSeconds} seconds.`);
  }
}

/** What the check learnt about an attempt that may go ahead; recording its failure needs it. */
export interface LoginCheck {
  email: string;
  ip: string;
  knownAddress: boolean;
  /** Failures of the account in the window from addresses it is not known at, before this attempt. */
  accountFailures: number;
}

// A successful sign-in makes its address known to the account for this long.
const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;
// More failures than this beyond the free ones cannot lengthen a delay any further (2^32 s).
const BACKOFF_STEPS = 32;

const windowMsOf = (config: Config) => config.loginWindowMinutes * 60_000;

/**
 * Refuses the attempt with 429 while its (account, address) pair, its address or — for strange
 * addresses — its account has to wait (`loginThrottle` in policy.ts). Counted in the database, so every
 * server process sees the same failures. Does the same work whether or not the account exists.
 */
export async function checkLoginThrottle(deps: Deps, email: string, ip: string): Promise<LoginCheck> {
  const config = deps.config;
  const perPair = config.loginMaxFailures;
  const perAddress = config.loginMaxFailuresPerAddress;
  const perAccount = config.loginMaxFailuresPerAccount;
  const alertAfter = config.loginAlertFailures;
  if (perPair === 0 && perAddress === 0 && perAccount === 0 && alertAfter === 0) {
    return { email, ip, knownAddress: false, accountFailures: 0 };
  }
  const now = new Date();
  const windowMs = windowMsOf(config);
  const failures = await loginFailures(deps.db, {
    email,
    ip,
    since: new Date(now.getTime() - windowMs),
    knownSince: new Date(now.getTime() - KNOWN_ADDRESS_MS),
    limits: {
      pair: perPair + BACKOFF_STEPS,
      address: perAddress,
      account: Math.max(perAccount + BACKOFF_STEPS, alertAfter),
    },
  });
  const verdict = loginThrottle(failures, { perPair, perAddress, perAccount, windowMs, now });
  if (verdict.throttled) throw new LoginThrottled(verdict.retryAfterSeconds);
  return { email, ip, knownAddress: failures.knownAddress, accountFailures: failures.account };
}

/**
 * Records a failed attempt. Returns the number of failures from strange addresses when the owner is to
 * be mailed about them — at most once per window, whichever process sees the threshold first — else
 * null. The claim is made for addresses without an account too, so both take the same time.
 */
export async function recordFailure(tx: Tx, config: Config, check: LoginCheck): Promise<number | null> {
  await recordAttempt(tx, config, check.email, check.ip, false);
  const count = check.accountFailures + (check.knownAddress ? 0 : 1);
  if (!loginAlertDue(count, config.loginAlertFailures)) return null;
  const claimed = await claimLoginAlert(tx, check.email, new Date(Date.now() - windowMsOf(config)));
  return claimed ? count : null;
}

// Failures older than this (or the window, if longer) can matter to no window; they are cleared now and then.
const KEEP_FAILURES_MS = 24 * 3600_000;

export async function recordAttempt(
  tx: Tx,
  config: Config,
  email: string,
  ip: string,
  succeeded: boolean,
): Promise<void> {
  await recordLoginAttempt(tx, { id: newId(), email, ip, succeeded });
  // About one attempt in a hundred sweeps old rows, so the table stays small without a scheduler.
  if (Math.random() < 0.01) {
    const now = Date.now();
    await pruneLoginAttempts(tx, {
      failuresBefore: new Date(now - Math.max(KEEP_FAILURES_MS, windowMsOf(config))),
      successesBefore: new Date(now - KNOWN_ADDRESS_MS),
    });
  }
}

/** Runs a step that counts wrong passwords or codes; a throttled one answers with `Retry-After`. */
export async function withRetryAfter<T>(reply: FastifyReply, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof LoginThrottled) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}
