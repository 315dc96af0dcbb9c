import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { canReadImport, importRefusal } from './import-policy.ts';

const principal = (isPlatformAdmin: boolean): Principal => ({
  sessionId: 's',
  personId: 'p',
  name: 'P',
  email: 'p@example.org',
  isPlatformAdmin,
  locale: 'de',
});

describe('import policy', () => {
  it('lets platform admins import', () => expect(importRefusal(principal(true))).toBeNull());
  it('refuses everyone else', () => expect(importRefusal(principal(false))).toBe('forbidden'));
  it('asks signed-out callers to sign in', () => expect(importRefusal(null)).toBe('unauthenticated'));
});

describe('reading an import', () => {
  it('is for the people who checked and confirmed it and platform admins', () => {
    expect(canReadImport(principal(false), ['p', null])).toBe(true);
    expect(canReadImport(principal(false), ['someone', 'p'])).toBe(true);
    expect(canReadImport(principal(true), ['someone-else', null])).toBe(true);
    expect(canReadImport(principal(false), ['someone-else', 'another'])).toBe(false);
  });
});
