import { LRUCache } from 'lru-cache';
import { indexGeneration } from '../search/index-generation.ts';

/**
 * Per-process cache of the record page's answer for signed-out readers, ready to send. A published
 * record is read far more often than it changes, and building its answer (record, partners with
 * their regions, contacts) takes several queries. Every save re-indexes its record, which moves the
 * index generation (index-generation.ts) and empties this cache in every process once the save has
 * committed; a contact request changes the interest count and touches it too, in the process that
 * took it (others serve an answer for at most `ttlMs`, the atlas answer cache setting, ATLAS_SEARCH_CACHE_MS).
 */
export interface RecordAnswerCache {
  /** The generation to pass to `set` for an answer about to be computed. */
  generation(): string;
  get(slug: string): string | undefined;
  set(slug: string, json: string, generation: string): void;
}

let touches = 0;

/** Tells every record cache of this process that a record changed without being re-indexed. */
export function touchRecordAnswers(): void {
  touches += 1;
}

/** Moves with every save (re-indexing) and every touch; what a cache of record views keeps answers for. */
export function recordAnswersGeneration(): string {
  return `${indexGeneration()}:${touches}`;
}

export function createRecordAnswerCache(ttlMs: number): RecordAnswerCache | undefined {
  if (ttlMs <= 0) return undefined;
  const cache = new LRUCache<string, { generation: string; json: string }>({
    max: 5_000,
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.json.length),
    ttl: ttlMs,
  });
  return {
    generation: recordAnswersGeneration,
    get(slug) {
      const entry = cache.get(slug);
      if (!entry) return undefined;
      if (entry.generation !== recordAnswersGeneration()) {
        cache.clear();
        return undefined;
      }
      return entry.json;
    },
    set(slug, json, generation) {
      if (generation === recordAnswersGeneration()) cache.set(slug, { generation, json });
    },
  };
}
