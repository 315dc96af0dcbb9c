import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { compileStatement, runStatement } from '../../../platform/db/named-statements.ts';
import { arrayLiteral } from '../../../platform/db/sql-arrays.ts';
import { indexGeneration } from './index-generation.ts';
import { spellingsOf } from './search-spellings.ts';
import { fold, stemForm, wordsOf } from './search-text.ts';
import { cachedWord, keepWord, type WordInfo } from './search-word-cache.ts';

/**
 * What a query's words mean to the atlas: the tsquery text for whole-word (stemmed) matches, the
 * same with compound-word expansion, and a "Meinten Sie …?" suggestion for words that match nothing.
 * The tsquery texts consist only of words (folded to [a-z0-9], then written in stemForm with ä, ö,
 * ü) and the operators & | ( ), and are passed to to_tsquery('german', …) as parameters.
 */
export interface AnalysedQuery {
  /** Every word as a whole word (or a form of it): `feuerwehren & versorgung`. Null: nothing to search. */
  whole: string | null;
  /** Each word or a compound containing it: `(feuerwehren) & (versorgung | wasserversorgung | …)`. */
  expanded: string | null;
  /**
   * `expanded` for ts_headline, which stems the record's text as written: the stemmed forms and the
   * folded ones, so words like "aktuell" are marked on PostgreSQL 15 as well (see stemForm).
   */
  headline: string | null;
  suggestion: string | null;
}

const WORDS_MAX = 8;
/** Compound expansion needs a part of some substance, or "rat" would pull in every "beratung". */
const PART_MIN_LENGTH = 4;
const PARTS_MAX = 20;
const SAFE_TERM = /^[a-z0-9]+$/;
/** Similar words weighed by edit distance for a suggestion. */
const CANDIDATES_MAX = 10;

export async function analyseQuery(tx: Tx, q: string): Promise<AnalysedQuery> {
  const words = [...new Set(wordsOf(q))].slice(0, WORDS_MAX);
  const nothing = { whole: null, expanded: null, headline: null, suggestion: null };
  if (words.length === 0) return nothing;
  const infos = await wordInfos(tx, words);
  const searchable = words.filter((w) => !infos.get(w)?.stop);
  if (searchable.length === 0) return nothing;

  const query = (form: (word: string) => string) =>
    searchable
      .map((w) => `(${[w, ...(infos.get(w)?.parts ?? []).filter((p) => SAFE_TERM.test(p))].map(form).join(' | ')})`)
      .join(' & ');
  const whole = searchable.map(stemForm).join(' & ');
  const expanded = query(stemForm);
  const replacements = new Map<string, string>();
  for (const word of searchable) {
    const replacement = infos.get(word)?.replacement;
    if (replacement) replacements.set(word, replacement);
  }
  return {
    whole,
    expanded,
    headline: `(${expanded}) | (${query((word) => word)})`,
    suggestion: replacements.size > 0 ? replaceWords(q, replacements) : null,
  };
}

/** The analysis of each word, from the per-process cache or else from the database (search-word-cache.ts). */
async function wordInfos(tx: Tx, words: string[]): Promise<Map<string, WordInfo>> {
  const infos = new Map<string, WordInfo>();
  for (const word of words) {
    const cached = cachedWord(word);
    if (cached) infos.set(word, cached);
  }
  const missing = words.filter((w) => !infos.has(w));
  if (missing.length === 0) return infos;
  const analysedAt = indexGeneration();
  const rows = await runStatement<WordRow>(tx, WORDS_STATEMENT, {
    words: arrayLiteral(missing),
    stemmed: arrayLiteral(missing.map(stemForm)),
  });
  const typos = new Map<string, string>();
  for (const row of rows) {
    const candidates = typeof row.candidates === 'string' ? JSON.parse(row.candidates) : row.candidates;
    const nearest = candidates ? nearestTerm(row.word, candidates) : null;
    if (nearest) typos.set(row.word, nearest);
  }
  const spellings = await spelled(tx, typos);
  for (const row of rows) {
    const info = { stop: row.stop, known: row.known, parts: row.parts, replacement: spellings.get(row.word) ?? null };
    infos.set(row.word, info);
    keepWord(row.word, info, analysedAt);
  }
  return infos;
}

interface WordRow {
  word: string;
  stop: boolean;
  known: boolean;
  parts: string[];
  /** Null unless the word is no stop word and no published record holds it in any form. */
  candidates: Candidate[] | string | null;
}

interface Candidate {
  term: string;
  documents: number;
}

/**
 * Per word: stop word or not, whether atlas_terms holds it, the longer terms containing it (a trigram
 * index lookup, atlas_terms_trgm) and, only for a word no published record holds in any form, the
 * terms most like it by trigram similarity (≥ 0.3, pg_trgm's default for `%`) as candidates for a
 * suggestion. A word found by stemming alone ("Feuerwehren" when records say "Feuerwehr") is no typo.
 * One statement, prepared once, for all words of a query.
 */
const WORDS_STATEMENT = compileStatement(sql`
  select w.word, s.stop, k.known, p.parts,
    case when not s.stop and not k.known and cardinality(p.parts) = 0 and not exists (
        select 1 from cooperations c
        where c.state = 'published' and c.search_vector @@ plainto_tsquery('german', w.stemmed))
      then coalesce((
        select json_agg(json_build_object('term', n.term, 'documents', n.documents))
        from (select t.term, t.documents from atlas_terms t where t.term % w.word
              order by similarity(t.term, w.word) desc, t.documents desc, t.term limit ${CANDIDATES_MAX}) n
      ), '[]'::json)
    end as candidates
  from unnest(${sql.placeholder('words')}::text[], ${sql.placeholder('stemmed')}::text[]) as w(word, stemmed)
  cross join lateral (select numnode(plainto_tsquery('german', w.stemmed)) = 0 as stop) s
  cross join lateral (select exists (select 1 from atlas_terms t where t.term = w.word) as known) k
  cross join lateral (select case when char_length(w.word) >= ${PART_MIN_LENGTH} then array(
      select t.term from atlas_terms t
      where t.term like '%' || w.word || '%' and t.term <> w.word
      order by t.documents desc, t.term limit ${PARTS_MAX}
    ) else '{}'::text[] end as parts) p`);

/**
 * The closest candidate by the fewest edits (a swap of two neighbours counts as one: "Breitbnad" →
 * "Breitband", not the shorter and as similar "breit"), then the most records; none beyond a third
 * of the word's length (at least two edits).
 */
function nearestTerm(word: string, candidates: Candidate[]): string | null {
  let best: { term: string; distance: number; documents: number } | null = null;
  for (const { term, documents } of candidates) {
    const distance = editDistance(word, term);
    if (distance > Math.max(2, Math.ceil(word.length / 3))) continue;
    if (!best || distance < best.distance || (distance === best.distance && documents > best.documents)) {
      best = { term, distance, documents };
    }
  }
  return best?.term ?? null;
}

/** The replacements as the records write them: "suedwestfalen" → "Südwestfalen". */
async function spelled(tx: Tx, replacements: Map<string, string>): Promise<Map<string, string>> {
  if (replacements.size === 0) return replacements;
  const spellings = await spellingsOf(tx, [...replacements.values()]);
  return new Map([...replacements].map(([word, term]) => [word, spellings.get(term) ?? term]));
}

/** Edits between two words: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

/**
 * The query as typed with misspelt words replaced by the records' spelling; a word typed with a
 * capital first letter keeps it.
 */
function replaceWords(q: string, replacements: Map<string, string>): string {
  return q
    .trim()
    .split(/([^\p{L}\p{N}]+)/u)
    .map((token) => {
      const replacement = replacements.get(fold(token));
      if (!replacement) return token;
      const first = token.charAt(0);
      return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
    })
    .join('');
}
