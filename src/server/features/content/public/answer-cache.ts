import { LRUCache } from 'lru-cache';
import { EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { contentGeneration } from './content-generation.ts';
import { etagOf } from './etag.ts';

/** An answer as sent: its bytes (gzipped once, when first asked for), its status and its entity tag. */
export interface ContentAnswer {
  status: number;
  body: EncodedAnswer;
  etag: string;
}

/**
 * Per-process cache of public content answers, ready to send, by address and everything else the
 * answer depends on. Citizens and apps read the same pages far more often than editors change them,
 * and building one takes several queries (the organisation, the page's path, the shown text of a
 * live link, the languages); readers who miss the same answer at once wait for one build of it.
 * Every content write moves the content generation (content-generation.ts)
 * and so empties the cache in every process once it has committed; `ttlMs` bounds an answer's age
 * if that news is lost.
 */
export interface ContentAnswerCache {
  /** The generation to pass to `set` for an answer about to be computed. */
  generation(): number;
  get(key: string): ContentAnswer | undefined;
  /** Keeps the answer if nothing changed while it was computed; returns it ready to send either way. */
  set(key: string, answer: { status: number; body: string; weak?: boolean }, generation: number): ContentAnswer;
  /**
   * Runs `build` once for readers that miss the same key at the same time: those who come while it
   * runs wait for its result (or its error) instead of building the same answer again.
   */
  shared<T>(key: string, build: () => Promise<T>): Promise<T>;
}

/** Answers are small pages; the cache holds at most this many bytes in all. */
const MAX_BYTES = 32 * 1024 * 1024;

export function createContentAnswerCache(ttlMs: number): ContentAnswerCache {
  const running = new Map<string, Promise<unknown>>();
  const cache =
    ttlMs > 0
      ? new LRUCache<string, { generation: number; answer: ContentAnswer }>({
          max: 20_000,
          maxSize: MAX_BYTES,
          sizeCalculation: (entry) => Math.max(1, entry.answer.body.size + entry.answer.etag.length),
          ttl: ttlMs,
        })
      : undefined;
  return {
    generation: contentGeneration,
    get(key) {
      const entry = cache?.get(key);
      if (!entry) return undefined;
      if (entry.generation !== contentGeneration()) {
        cache?.clear();
        return undefined;
      }
      return entry.answer;
    },
    set(key, { status, body, weak }, generation) {
      const bytes = Buffer.from(body);
      const strong = etagOf(bytes);
      const answer = { status, body: new EncodedAnswer(bytes), etag: weak ? `W/${strong}` : strong };
      if (generation === contentGeneration() && bytes.length <= MAX_BYTES / 16) cache?.set(key, { generation, answer });
      return answer;
    },
    shared(key, build) {
      const current = running.get(key);
      if (current) return current as Promise<ReturnType<typeof build> extends Promise<infer T> ? T : never>;
      const started = build().finally(() => running.delete(key));
      running.set(key, started);
      return started;
    },
  };
}
