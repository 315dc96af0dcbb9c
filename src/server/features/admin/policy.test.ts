import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/session-store.ts';
import { lockRefusal, mayAdministerPlatform } from './policy.ts';

const person = (isPlatformAdmin: boolean): Principal => ({
  sessionId: 's',
  personId: 'p1',
  name: 'P',
  email: 'p@example.org',
  isPlatformAdmin,
  locale: 'de',
});

describe('mayAdministerPlatform', () => {
  it('is true for platform admins only', () => {
    expect(mayAdministerPlatform(person(true))).toBe(true);
    expect(mayAdministerPlatform(person(false))).toBe(false);
    expect(mayAdministerPlatform(null)).toBe(false);
  });
});

describe('lockRefusal', () => {
  it('refuses locking oneself and allows locking others', () => {
    expect(lockRefusal(person(true), 'p1')).toBe('own-account');
    expect(lockRefusal(person(true), 'p2')).toBeNull();
  });
});
