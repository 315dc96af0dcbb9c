import { type SQL, sql } from 'drizzle-orm';
import { escapeHtml, fold, foldSql, stemForm, stemFormSql } from '../atlas/search-text.ts';

/**
 * The small search for things without a search index of their own (workspaces, alliances: a few
 * hundred per platform, read whole). Each query word must be found in the text in one of three ways,
 * all on the atlas's German forms:
 * - inside a word of the folded text (`%feuerwehr%`): compounds anywhere, prefixes, ae/oe/ue/ss;
 * - as another form of the same word, by the `german` stemmer on the stemForm (`Kooperationen`);
 * - as a word close by trigrams (word_similarity ≥ 0.6, pg_trgm's default), for typos.
 */

/** Typos are looked for in words of this length or more only; shorter ones would match nearly anything. */
const TYPO_MIN_LENGTH = 5;
const TYPO_SIMILARITY = 0.6;

function wordCondition(folded: SQL, vector: SQL, word: string): SQL {
  const pattern = `%${word}%`;
  const conditions = [sql`${folded} like ${pattern}`, sql`${vector} @@ to_tsquery('german', ${stemForm(word)})`];
  if (word.length >= TYPO_MIN_LENGTH) conditions.push(sql`word_similarity(${word}, ${folded}) >= ${TYPO_SIMILARITY}`);
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** True when every word is found in the text (see above). `words` are folded, searchable words. */
export function matchesAllWords(text: SQL, words: readonly string[]): SQL {
  if (words.length === 0) return sql`false`;
  const folded = foldSql(text);
  const vector = sql`to_tsvector('german', ${stemFormSql(text)})`;
  return sql.join(
    words.map((word) => wordCondition(folded, vector, word)),
    sql` and `,
  );
}

/**
 * A rank for ordering (lower is better): 0 when the folded name holds every word and begins with the
 * first, 1 when it holds every word, 2 when some, 3 otherwise (found in the description, by stem or
 * by a typo).
 */
export function nameRank(name: SQL, words: readonly string[]): SQL {
  const folded = foldSql(name);
  const found = words.map((word) => sql`(${folded} like ${`%${word}%`})::int`);
  if (found.length === 0) return sql`3`;
  const count = sql.join(found, sql` + `);
  return sql`case ${count} when ${words.length} then (case when ${folded} like ${`${words[0]}%`} then 0 else 1 end)
    when 0 then 3 else 2 end`;
}

const SNIPPET_MAX = 200;
const SNIPPET_BEFORE = 60;

/** Whether a word of the text counts as found: it contains a query word, or is a shorter form of one. */
function isMatch(token: string, words: readonly string[]): boolean {
  const folded = fold(token);
  return words.some(
    (w) => folded.includes(w) || (folded.length >= 4 && w.startsWith(folded) && w.length - folded.length <= 3),
  );
}

/**
 * Text as escaped HTML with the words the query found in `<mark>` (whole words of the text, so
 * "Feuerwehr" marks "Feuerwehr-Kooperation"'s first part and "Feuerwehrhaus" entire). Long text is cut
 * to a window around the first match.
 */
export function markWords(text: string, words: readonly string[], max = Number.POSITIVE_INFINITY): string {
  const tokens = text.split(/([\p{L}\p{N}]+)/u);
  let offset = 0;
  let first = -1;
  const marked = tokens.map((token, index) => {
    const hit = index % 2 === 1 && isMatch(token, words);
    if (hit && first < 0) first = offset;
    offset += token.length;
    return { token, hit };
  });
  if (text.length <= max) return render(marked);
  const start = first < 0 ? 0 : Math.max(0, first - SNIPPET_BEFORE);
  let position = 0;
  const window = marked.filter(({ token }) => {
    const inside = position + token.length > start && position < start + max;
    position += token.length;
    return inside;
  });
  return `${start > 0 ? '… ' : ''}${render(window).trim()}${start + max < text.length ? ' …' : ''}`;
}

function render(parts: { token: string; hit: boolean }[]): string {
  return parts.map(({ token, hit }) => (hit ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token))).join('');
}

/** A description as a snippet: at most SNIPPET_MAX characters around the first match. */
export function snippetOf(text: string | null, words: readonly string[]): string {
  return text ? markWords(text.replace(/\s+/g, ' ').trim(), words, SNIPPET_MAX) : '';
}
