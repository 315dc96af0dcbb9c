import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/session-store.ts';
import {
  backoffMs,
  isSameHomeOrganisation,
  type LoginFailures,
  loginAlertDue,
  loginThrottle,
  mayEndSession,
  maySearchPeople,
  signInRefusal,
  throttle,
} from './policy.ts';

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

describe('backoffMs', () => {
  it('is free below the allowed failures, then doubles from a second up to the cap', () => {
    expect(backoffMs(4, 5, 900_000)).toBe(0);
    expect([5, 6, 7, 8].map((n) => backoffMs(n, 5, 900_000))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(15, 5, 900_000)).toBe(900_000);
    expect(backoffMs(5000, 5, 900_000)).toBe(900_000);
  });
  it('is off when no failures are allowed', () => {
    expect(backoffMs(100, 0, 900_000)).toBe(0);
  });
});

describe('loginThrottle', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
  const rules = { perPair: 5, perAddress: 30, perAccount: 20, windowMs: 15 * 60_000, now };
  const none: LoginFailures = { pair: [], address: [], account: 0, knownAddress: false };
  const times = (n: number, s = 0) => Array.from({ length: n }, () => secondsAgo(s));

  it('lets an attempt through without failures', () => {
    expect(loginThrottle(none, rules)).toEqual({ throttled: false });
  });
  it('slows a pair down from its newest failure, longer with each failure', () => {
    const five = { ...none, pair: times(5), address: times(5) };
    expect(loginThrottle(five, rules)).toEqual({ throttled: true, retryAfterSeconds: 1 });
    const eight = { ...none, pair: [secondsAgo(3), ...times(7, 60)], address: times(8) };
    expect(loginThrottle(eight, rules)).toEqual({ throttled: true, retryAfterSeconds: 5 });
  });
  it('lets a pair try again once its delay has passed', () => {
    const eight = { ...none, pair: times(8, 9), address: times(8, 9) };
    expect(loginThrottle(eight, rules)).toEqual({ throttled: false });
  });
  it('never makes a pair wait longer than the window', () => {
    const many = { ...none, pair: times(30), address: times(29) };
    expect(loginThrottle(many, rules)).toEqual({ throttled: true, retryAfterSeconds: 15 * 60 });
  });
  it('holds an address back at its limit, whatever accounts it tried', () => {
    const spraying = { ...none, address: [...times(29), secondsAgo(600)] };
    expect(loginThrottle(spraying, rules)).toEqual({ throttled: true, retryAfterSeconds: 300 });
  });
  it('does not hold back an address without failures of its own for the account’s count', () => {
    expect(loginThrottle({ ...none, account: 500 }, rules)).toEqual({ throttled: false });
  });
  it('slows down a strange address that failed itself once the account has many failures', () => {
    const attacked = { ...none, pair: [secondsAgo(10)], address: [secondsAgo(10)], account: 24 };
    expect(loginThrottle(attacked, rules)).toEqual({ throttled: true, retryAfterSeconds: 16 - 10 });
    expect(loginThrottle({ ...attacked, account: 19 }, rules)).toEqual({ throttled: false });
  });
  it('exempts an address the account signed in from from the account’s count', () => {
    const owner = { pair: [secondsAgo(1)], address: [secondsAgo(1)], account: 500, knownAddress: true };
    expect(loginThrottle(owner, rules)).toEqual({ throttled: false });
  });
  it('answers the longest wait of the rules that apply', () => {
    const both = { ...none, pair: times(6), address: [...times(29), secondsAgo(600)] };
    expect(loginThrottle(both, rules)).toEqual({ throttled: true, retryAfterSeconds: 300 });
  });
  it('is off with every limit at 0', () => {
    const off = { perPair: 0, perAddress: 0, perAccount: 0, windowMs: 15 * 60_000, now };
    expect(loginThrottle({ pair: times(50), address: times(50), account: 500, knownAddress: false }, off)).toEqual({
      throttled: false,
    });
  });
});

describe('loginAlertDue', () => {
  it('is due from the threshold on, never when it is 0', () => {
    expect(loginAlertDue(9, 10)).toBe(false);
    expect(loginAlertDue(10, 10)).toBe(true);
    expect(loginAlertDue(1000, 0)).toBe(false);
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
