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

export function createSearchCache<V>(options: {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}): SearchCache<V> {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order; re-inserting on a hit keeps the least recently used first.
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + options.ttlMs });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    },
    clear() {
      entries.clear();
    },
  };
}
