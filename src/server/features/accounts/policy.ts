import type { Principal } from '../../platform/auth/session-store.ts';

/** Why a person who gave the right password may still not sign in; null when they may. */
export function signInRefusal(person: {
  lockedAt: Date | null;
  emailVerifiedAt: Date | null;
}): 'account-locked' | 'email-not-verified' | null {
  if (person.lockedAt) return 'account-locked';
  if (!person.emailVerifiedAt) return 'email-not-verified';
  return null;
}

export type ThrottleVerdict = { throttled: false } | { throttled: true; retryAfterSeconds: number };

/**
 * Whether sign-in is throttled, given the failures in the window (newest first), and if so for how many
 * seconds: until enough of them leave the window that one more attempt is allowed. The per-address limit.
 */
export function throttle(
  failures: Date[],
  input: { maxFailures: number; windowMs: number; now: Date },
): ThrottleVerdict {
  if (failures.length < input.maxFailures || input.maxFailures === 0) return { throttled: false };
  const oldestCounted = failures[input.maxFailures - 1] as Date;
  const freeAt = oldestCounted.getTime() + input.windowMs;
  return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - input.now.getTime()) / 1000)) };
}

/** The first slowdown once the allowed failures are used up; each further failure doubles it. */
export const FIRST_DELAY_MS = 1000;

/**
 * The delay after `count` failures of which `allowed` are free: none below, then 1 s, 2 s, 4 s, … up to `capMs`.
 * 0 allowed turns the rule off.
 */
export function backoffMs(count: number, allowed: number, capMs: number): number {
  if (allowed === 0 || count < allowed) return 0;
  return Math.min(capMs, FIRST_DELAY_MS * 2 ** (count - allowed));
}

export interface LoginFailures {
  /** Failures of this account from this address since its last success there, in the window, newest first. */
  pair: Date[];
  /** Failures from this address on any account in the window, newest first. */
  address: Date[];
  /** How many failures this account had in the window from addresses it has not signed in from recently. */
  account: number;
  /** Whether this account signed in successfully from this address recently. */
  knownAddress: boolean;
}

export interface LoginRules {
  perPair: number;
  perAddress: number;
  perAccount: number;
  windowMs: number;
  now: Date;
}

/**
 * Whether a sign-in attempt must wait, and how long. Nobody is locked out; failing pairs are slowed down:
 * - a pair (account, address) after `perPair` failures: a delay from its newest failure, doubling, at most the window;
 * - an address after `perAddress` failures on any accounts (password spraying): until the oldest leaves the window;
 * - once an account has `perAccount` failures from strange addresses (a distributed attack), each strange
 *   address that has failed itself waits as long as that count calls for, from its own newest failure.
 * An address with no failures of its own is never held back by the account's count, and known addresses
 * are exempt from it: the owner gets in with the right password however many strangers fail elsewhere.
 * The price is one guess per fresh address; the mail to the owner is there for that.
 */
export function loginThrottle(failures: LoginFailures, rules: LoginRules): ThrottleVerdict {
  const { now, windowMs } = rules;
  const newestOfPair = failures.pair[0]?.getTime() ?? 0;
  let delayMs = backoffMs(failures.pair.length, rules.perPair, windowMs);
  if (!failures.knownAddress && failures.pair.length > 0) {
    delayMs = Math.max(delayMs, backoffMs(failures.account, rules.perAccount, windowMs));
  }
  const verdicts = [
    delayMs > 0 ? waitUntil(newestOfPair + delayMs, now) : { throttled: false as const },
    throttle(failures.address, { maxFailures: rules.perAddress, windowMs, now }),
  ];
  let wait = 0;
  for (const verdict of verdicts) if (verdict.throttled) wait = Math.max(wait, verdict.retryAfterSeconds);
  return wait > 0 ? { throttled: true, retryAfterSeconds: wait } : { throttled: false };
}

/** Whether the owner should be told: `count` failures from strange addresses reached `threshold` (0: never). */
export function loginAlertDue(count: number, threshold: number): boolean {
  return threshold > 0 && count >= threshold;
}

// Delays that have passed hold back nobody; the others are rounded up to whole seconds for Retry-After.
function waitUntil(freeAtMs: number, now: Date): ThrottleVerdict {
  const ms = freeAtMs - now.getTime();
  if (ms <= 0) return { throttled: false };
  return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}

/** A person may end only their own sessions. */
export function mayEndSession(principal: Principal, session: { personId: string }): boolean {
  return principal.personId === session.personId;
}

/** People search is for signed-in people only: names of staff are not public. */
export function maySearchPeople(principal: Principal | null): principal is Principal {
  return principal !== null;
}

/** Naming the organisation one already belongs to changes nothing (and must not demote an admin to a pending member). */
export function isSameHomeOrganisation(current: { organisationId: string } | null, organisationId: string): boolean {
  return current?.organisationId === organisationId;
}
