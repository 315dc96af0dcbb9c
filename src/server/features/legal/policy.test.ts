import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/session-store.ts';
import { legalEditRefusal } from './policy.ts';

const person = (isPlatformAdmin: boolean): Principal => ({
  sessionId: 's',
  personId: 'p',
  name: 'N',
  email: 'n@example.org',
  isPlatformAdmin,
  locale: 'de',
});

describe('who may edit the legal pages', () => {
  it('asks signed-out callers to sign in', () => {
    expect(legalEditRefusal(null)).toBe('unauthenticated');
  });

  it('lets platform admins edit and refuses everyone else', () => {
    expect(legalEditRefusal(person(true))).toBeNull();
    expect(legalEditRefusal(person(false))).toBe('forbidden');
  });
});
