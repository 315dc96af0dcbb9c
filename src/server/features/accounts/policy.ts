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

/**
 * Whether sign-in is throttled, given the failures in the window (newest first), and if so for how many
 * seconds: until enough of them leave the window that one more attempt is allowed.
 */
export function throttle(
  failures: Date[],
  input: { maxFailures: number; windowMs: number; now: Date },
): { throttled: false } | { throttled: true; retryAfterSeconds: number } {
  if (failures.length < input.maxFailures || input.maxFailures === 0) return { throttled: false };
  const oldestCounted = failures[input.maxFailures - 1] as Date;
  const freeAt = oldestCounted.getTime() + input.windowMs;
  return { throttled: true, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - input.now.getTime()) / 1000)) };
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
