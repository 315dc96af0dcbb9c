import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/session-store.ts';
import { isSameHomeOrganisation, mayEndSession, maySearchPeople, signInRefusal, throttle } from './policy.ts';

const principal: Principal = {
  sessionId: 's1',
  personId: 'p1',
  name: 'Anna',
  email: 'anna@example.org',
  isPlatformAdmin: false,
  locale: 'de',
};

describe('signInRefusal', () => {
  it('lets a verified, unlocked person in', () => {
    expect(signInRefusal({ lockedAt: null, emailVerifiedAt: new Date() })).toBeNull();
  });
  it('refuses a locked person, even when verified', () => {
    expect(signInRefusal({ lockedAt: new Date(), emailVerifiedAt: new Date() })).toBe('account-locked');
  });
  it('refuses an unverified address', () => {
    expect(signInRefusal({ lockedAt: null, emailVerifiedAt: null })).toBe('email-not-verified');
  });
});

describe('throttle', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const rules = { maxFailures: 3, windowMs: 15 * 60_000, now };

  it('allows attempts below the limit', () => {
    expect(throttle([minutesAgo(1), minutesAgo(2)], rules)).toEqual({ throttled: false });
  });
  it('throttles at the limit until the oldest counted failure leaves the window', () => {
    expect(throttle([minutesAgo(1), minutesAgo(2), minutesAgo(10)], rules)).toEqual({
      throttled: true,
      retryAfterSeconds: 5 * 60,
    });
  });
  it('never asks to wait less than a second', () => {
    const verdict = throttle([now, now, new Date(now.getTime() - 15 * 60_000)], rules);
    expect(verdict).toEqual({ throttled: true, retryAfterSeconds: 1 });
  });
  it('is off when no failures are allowed to be counted', () => {
    expect(throttle([now, now, now], { ...rules, maxFailures: 0 })).toEqual({ throttled: false });
  });
});

describe('mayEndSession', () => {
  it('allows ending own sessions only', () => {
    expect(mayEndSession(principal, { personId: 'p1' })).toBe(true);
    expect(mayEndSession(principal, { personId: 'p2' })).toBe(false);
  });
});

describe('maySearchPeople', () => {
  it('requires a signed-in person', () => {
    expect(maySearchPeople(principal)).toBe(true);
    expect(maySearchPeople(null)).toBe(false);
  });
});

describe('isSameHomeOrganisation', () => {
  it('recognises the organisation one already belongs to', () => {
    expect(isSameHomeOrganisation({ organisationId: 'o1' }, 'o1')).toBe(true);
    expect(isSameHomeOrganisation({ organisationId: 'o1' }, 'o2')).toBe(false);
    expect(isSameHomeOrganisation(null, 'o1')).toBe(false);
  });
});
