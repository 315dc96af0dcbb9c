import { LRUCache } from 'lru-cache';

/**
 * A small per-process cache of directory search answers. The picker asks on every keystroke and
 * many people type the same beginnings, while the answers change only when an administrator adds
 * or renames an organisation: this process then clears the cache at once, other processes (several
 * behind one PostgreSQL) serve the old answer for at most `ttlMs`.
 */
export interface SearchCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  clear(): void;
}

export function createSearchCache<V extends {}>(options: {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}): SearchCache<V> {
  const cache = new LRUCache<string, V>({
    max: options.maxEntries,
    ttl: options.ttlMs,
    // lru-cache reads its clock through `perf.now()`; tests pass their own clock.
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  return {
    get: (key) => cache.get(key),
    set: (key, value) => {
      cache.set(key, value);
    },
    clear: () => cache.clear(),
  };
}
