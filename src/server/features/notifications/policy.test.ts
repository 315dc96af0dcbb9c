import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/session-store.ts';
import { mayTouchNotification } from './policy.ts';

const person = (personId: string, isPlatformAdmin = false): Principal => ({
  sessionId: 's',
  personId,
  name: 'N',
  email: 'n@example.org',
  isPlatformAdmin,
  locale: 'de',
});

describe('mayTouchNotification', () => {
  it('lets only the recipient see or change a notification', () => {
    expect(mayTouchNotification(person('a'), { personId: 'a' })).toBe(true);
    expect(mayTouchNotification(person('b'), { personId: 'a' })).toBe(false);
    expect(mayTouchNotification(person('admin', true), { personId: 'a' })).toBe(false);
    expect(mayTouchNotification(null, { personId: 'a' })).toBe(false);
  });
});
