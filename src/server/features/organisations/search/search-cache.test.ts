import { describe, expect, it } from 'vitest';
import { createSearchCache } from './search-cache.ts';

describe('createSearchCache', () => {
  it('answers from the cache until the entry expires', () => {
    let clock = 1_000;
    const cache = createSearchCache<string>({ maxEntries: 10, ttlMs: 100, now: () => clock });
    cache.set('a', 'A');
    clock = 1_099;
    expect(cache.get('a')).toBe('A');
    clock = 1_101;
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the least recently used entry when full', () => {
    const cache = createSearchCache<number>({ maxEntries: 2, ttlMs: 1000 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('forgets everything when cleared', () => {
    const cache = createSearchCache<number>({ maxEntries: 2, ttlMs: 1000 });
    cache.set('a', 1);
    cache.clear();
    expect(cache.get('a')).toBeUndefined();
  });
});
