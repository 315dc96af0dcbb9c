import { LRUCache } from 'lru-cache';
import { indexGeneration } from './index-generation.ts';

/**
 * What one query word means to the atlas (see search-words.ts), kept per process: the words people
 * search with repeat far more than whole queries do ("Kläranlage" with every place name), so a search
 * never asked before mostly finds its words analysed already. Any re-index in this process (a save)
 * empties it, as it does the answer cache; other processes see new words within the time to live.
 */
export interface WordInfo {
  /** A stop word ("und", "der"): left out of the query. */
  stop: boolean;
  /** Some published record holds the word itself. */
  known: boolean;
  /** Longer words of the atlas containing it, most frequent first (compound parts). */
  parts: string[];
  /** For a word no record holds in any form: the nearest word of the atlas, as the records spell it. */
  replacement: string | null;
}

const MAX_WORDS = 20_000;
const DEFAULT_TTL_MS = 30_000;

let cache = create(DEFAULT_TTL_MS);
let generation = indexGeneration();

function create(ttlMs: number): LRUCache<string, WordInfo> | undefined {
  return ttlMs > 0 ? new LRUCache<string, WordInfo>({ max: MAX_WORDS, ttl: ttlMs }) : undefined;
}

/** Sets how long a word stays analysed (ATLAS_WORD_CACHE_MS; 0 turns the cache off) and empties it. */
export function configureWordCache(ttlMs: number): void {
  cache = create(ttlMs);
}

/** Keeps only what the index as it is now says. */
function current(): LRUCache<string, WordInfo> | undefined {
  if (generation !== indexGeneration()) {
    cache?.clear();
    generation = indexGeneration();
  }
  return cache;
}

export function cachedWord(word: string): WordInfo | undefined {
  return current()?.get(word);
}

/** Keeps a word analysed against the index as it was at `analysedAt` (read before the analysis). */
export function keepWord(word: string, info: WordInfo, analysedAt: number): void {
  if (analysedAt === indexGeneration()) current()?.set(word, info);
}
