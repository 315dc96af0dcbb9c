import { LRUCache } from 'lru-cache';
import type { EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { indexGeneration } from './index-generation.ts';

/**
 * Per-process cache of atlas search answers, ready to send (encoded, and gzipped once asked for).
 * Many visitors open the same views (the atlas without filters, one Land, a common word), and answering one from SQL means
 * counting every facet over the whole result. Any save that re-indexes a record empties it in every
 * process once the save has committed (the index generation, index-generation.ts); `ttlMs` bounds an
 * answer's age if that news is lost.
 */
export interface AtlasSearchCache {
  get(key: string): EncodedAnswer | undefined;
  /** Keeps an answer computed from the index as it was at `generation` (read before the search). */
  set(key: string, answer: EncodedAnswer, generation: number): void;
}

/** Map points make answers large; the cache holds at most this many bytes in all. */
const MAX_BYTES = 64 * 1024 * 1024;

export function createAtlasSearchCache(ttlMs: number): AtlasSearchCache | undefined {
  if (ttlMs <= 0) return undefined;
  const cache = new LRUCache<string, { generation: number; answer: EncodedAnswer }>({
    max: 1_000,
    maxSize: MAX_BYTES,
    // The gzipped copy adds about a fifth.
    sizeCalculation: (entry) => Math.max(1, Math.ceil(entry.answer.size * 1.2)),
    ttl: ttlMs,
  });
  return {
    get(key) {
      const entry = cache.get(key);
      if (!entry) return undefined;
      if (entry.generation !== indexGeneration()) {
        cache.clear();
        return undefined;
      }
      return entry.answer;
    },
    set(key, answer, generation) {
      if (generation === indexGeneration() && answer.size <= MAX_BYTES / 4) cache.set(key, { generation, answer });
    },
  };
}

/** The same key for the same search however its parameters were ordered or repeated. */
export function cacheKeyOf(query: Record<string, unknown>): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, Array.isArray(value) ? [...new Set(value.map(String))].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
