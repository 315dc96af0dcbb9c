import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { textArray } from '../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { fold, stemForm } from '../atlas/search/search-text.ts';
import { type AnalysedQuery, analyseQuery } from '../atlas/search/search-words.ts';

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
   * Per word, what the `german` stemmer keeps of it when it only cuts an ending ("kooperationen" →
   * "kooperation", "gemeinden" → "gemeind"), else the word: a text holding the stem holds a form of it.
   */
  stems: string[];
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
  return { text, atlas, words, stems: await stemsOf(tx, words), prefixed: prefixedQuery(atlas.expanded) };
}

/** Stems shorter than this say too little to be looked for inside other words. */
const STEM_MIN_LENGTH = 4;

async function stemsOf(tx: Tx, words: string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const rows = rowsOf<{ stem: string | null }>(
    await tx.execute(sql`
      select (ts_lexize('german_stem', w.stemmed))[1] as stem
      from unnest(${textArray(words)}, ${textArray(words.map(stemForm))}) with ordinality as w(word, stemmed, n)
      order by w.n`),
  );
  return words.map((word, index) => {
    // The stemmer also turns ä into a ("häuser" → "haus"); only a cut ending can be looked for as is.
    const stem = fold(rows[index]?.stem ?? '');
    return stem.length >= STEM_MIN_LENGTH && stem.length < word.length && word.startsWith(stem) ? stem : word;
  });
}

/**
 * `(feuerwehr | feuerwehrhaus) & (nordheide)` → `(feuerwehr:* | feuerwehrhaus) & (nordheide:*)`: the
 * first term of each group is the word itself (see AnalysedQuery.expanded), the others its compounds.
 * The expanded query writes ae/oe/ue as ä/ö/ü (the stemmer turns both into a/o/u, so "Uebung" finds
 * "Übung"), but a message's text is stemmed as written: "Michael" stays "michael" there while the
 * query's "michäl" becomes "michal". So a word with an umlaut is also asked for as typed: `(michäl:* | michael:*)`.
 */
export function prefixedQuery(expanded: string | null): string | null {
  if (expanded === null) return null;
  return expanded
    .split(' & ')
    .map((group) =>
      group.replace(/^\(([^\s|()]+)/, (whole, word: string) => {
        if (fold(word).length < PREFIX_MIN_LENGTH) return whole;
        const written = fold(word);
        return written === word ? `(${word}:*` : `(${word}:* | ${written}:*`;
      }),
    )
    .join(' & ');
}
