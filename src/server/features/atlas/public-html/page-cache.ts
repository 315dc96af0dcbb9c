import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { recordAnswersGeneration } from '../records/record-cache.ts';

/**
 * Rendered atlas pages per process, as the bytes to send (gzipped once, when a browser first asks).
 * They are emptied exactly when the record answers are (record-cache.ts): by every save, which
 * re-indexes its record, and by a contact request; other processes serve a page for at most `ttlMs`
 * (ATLAS_SEARCH_CACHE_MS).
 */
export interface PageCache {
  /** The generation to pass to `set` for a page about to be rendered. */
  generation(): string;
  get(key: string): EncodedAnswer | undefined;
  /** Keeps the page if nothing changed while it was rendered; returns it ready to send either way. */
  set(key: string, html: string, generation: string): EncodedAnswer;
}

export function createPageCache(ttlMs: number): PageCache {
  const cache =
    ttlMs > 0
      ? new LRUCache<string, { generation: string; page: EncodedAnswer }>({
          max: 10_000,
          maxSize: 64 * 1024 * 1024,
          sizeCalculation: (entry) => Math.max(1, entry.page.size),
          ttl: ttlMs,
        })
      : undefined;
  return {
    generation: recordAnswersGeneration,
    get(key) {
      const entry = cache?.get(key);
      if (!entry) return undefined;
      if (entry.generation !== recordAnswersGeneration()) {
        cache?.clear();
        return undefined;
      }
      return entry.page;
    },
    set(key, html, generation) {
      const page = new EncodedAnswer(Buffer.from(html));
      if (generation === recordAnswersGeneration()) cache?.set(key, { generation, page });
      return page;
    },
  };
}

/** Sends a page, gzipped to a client that accepts it. */
export async function sendPage(request: FastifyRequest, reply: FastifyReply, page: EncodedAnswer) {
  const { body, encoding } = await page.encodedFor(request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(body);
}
