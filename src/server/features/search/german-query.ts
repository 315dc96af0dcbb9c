import type { Tx } from '../../platform/db/client.ts';
import { fold } from '../atlas/search-text.ts';
import { type AnalysedQuery, analyseQuery } from '../atlas/search-words.ts';

/**
 * A query as every group of the search reads it. It is analysed once, by the atlas's German search
 * (search-words.ts: stemming, stop words, ae/oe/ue/ss, compound parts from atlas_terms and a
 * "Meinten Sie …?" suggestion); the other groups derive their forms from that analysis.
 */
export interface GermanQuery {
  /** The query as typed (trimmed). */
  text: string;
  /** The atlas's analysis: tsquery texts for records, and the suggestion. */
  atlas: AnalysedQuery;
  /** The searchable words (no stop words), folded to [a-z0-9] (ä → ae …). Empty: nothing to search. */
  words: string[];
  /**
   * A to_tsquery('german', …) text for texts without a term list of their own (messages): the atlas's
   * expanded query with each word also as a prefix, so "Feuerwehr" finds "Feuerwehrhaus".
   */
  prefixed: string | null;
}

/** Prefixes shorter than this would match too much ("am" → "amt", "amtsblatt", "ampel" …). */
const PREFIX_MIN_LENGTH = 3;

export async function germanQueryOf(tx: Tx, q: string): Promise<GermanQuery> {
  const text = q.trim();
  const atlas = await analyseQuery(tx, text);
  const words = atlas.whole === null ? [] : atlas.whole.split(' & ').map(fold);
  return { text, atlas, words, prefixed: prefixedQuery(atlas.expanded) };
}

/**
 * `(feuerwehr | feuerwehrhaus) & (nordheide)` → `(feuerwehr:* | feuerwehrhaus) & (nordheide:*)`: the
 * first term of each group is the word itself (see AnalysedQuery.expanded), the others its compounds.
 */
export function prefixedQuery(expanded: string | null): string | null {
  if (expanded === null) return null;
  return expanded
    .split(' & ')
    .map((group) =>
      group.replace(/^\(([^\s|()]+)/, (whole, word: string) =>
        fold(word).length >= PREFIX_MIN_LENGTH ? `(${word}:*` : whole,
      ),
    )
    .join(' & ');
}
