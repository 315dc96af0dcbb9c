import { LRUCache } from 'lru-cache';

/**
 * A short-lived, bounded cache of things read about a person (their session, their own view), which can
 * drop everything of one person at once. A `ttlMs` of 0 turns it off. Other server processes learn of a
 * change only when their entry expires, so `ttlMs` is the longest a change can take to show there.
 */
export interface PersonCache<V> {
  get(key: string): V | undefined;
  set(key: string, personId: string, value: V): void;
  /** Forgets one person, or everyone (`null`). */
  forgetPerson(personId: string | null): void;
}

export function createPersonCache<V extends object>(options: { ttlMs: number; max?: number }): PersonCache<V> {
  if (options.ttlMs <= 0) return { get: () => undefined, set: () => {}, forgetPerson: () => {} };
  const cache = new LRUCache<string, { personId: string; value: V }>({
    max: options.max ?? 10_000,
    ttl: options.ttlMs,
  });
  return {
    get: (key) => cache.get(key)?.value,
    set: (key, personId, value) => {
      cache.set(key, { personId, value });
    },
    forgetPerson(personId) {
      if (personId === null) return cache.clear();
      for (const [key, entry] of cache.entries()) if (entry.personId === personId) cache.delete(key);
    },
  };
}

/**
 * Tells the caches of this process that something about a person changed, or about anyone (`null`:
 * after the bus was away, when changes announced meanwhile were not heard).
 */
export interface PersonChanges {
  subscribe(listener: (personId: string | null) => void): void;
  changed(personId: string | null): void;
}

export function createPersonChanges(): PersonChanges {
  const listeners: Array<(personId: string | null) => void> = [];
  return {
    subscribe: (listener) => {
      listeners.push(listener);
    },
    changed: (personId) => {
      for (const listener of listeners) listener(personId);
    },
  };
}
