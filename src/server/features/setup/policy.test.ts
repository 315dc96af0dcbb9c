import { describe, expect, it } from 'vitest';
import { setupOpen } from './policy.ts';

describe('setupOpen', () => {
  it('is open only without a platform admin and outside demo mode', () => {
    expect(setupOpen({ platformAdminExists: false, demo: false })).toBe(true);
    expect(setupOpen({ platformAdminExists: true, demo: false })).toBe(false);
    expect(setupOpen({ platformAdminExists: false, demo: true })).toBe(false);
  });
});
