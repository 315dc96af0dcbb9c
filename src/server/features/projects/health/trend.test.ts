import { describe, expect, it } from 'vitest';
import { trendOf } from './trend.ts';

describe('trendOf', () => {
  it('compares the level with last week’s snapshot', () => {
    expect(trendOf('green', 'amber')).toBe('better');
    expect(trendOf('amber', 'red')).toBe('better');
    expect(trendOf('red', 'green')).toBe('worse');
    expect(trendOf('amber', 'green')).toBe('worse');
    expect(trendOf('amber', 'amber')).toBe('same');
  });

  it('has no trend without a snapshot or when either week had no colour', () => {
    expect(trendOf('red', null)).toBeNull();
    expect(trendOf('none', 'green')).toBeNull();
    expect(trendOf('amber', 'none')).toBeNull();
  });
});
