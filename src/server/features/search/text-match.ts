import { type SQL, sql } from 'drizzle-orm';
import { escapeHtml, fold, foldSql } from '../atlas/search/search-text.ts';

/**
 * The small search for things without a search index of their own (workspaces, alliances: a few
 * hundred per platform, read whole). Each query word must be found in the folded text (lower case,
 * ae/oe/ue/ss, no accents), the atlas's form of words:
 * - inside a word (`%feuerwehr%`): compounds anywhere, prefixes, other endings of the same word;
 * - as its stem, when the `german` stemmer only cuts an ending (`Kooperationen` → `%kooperation%`);
 * - with `typos`, as a word of the name close by trigrams (word_similarity ≥ 0.6, pg_trgm's default).
 *   The groups ask for typos only when the exact words found nothing: it is the costly part, a
 *   trigram set per row (of the name only: names are short, descriptions are not).
 * Stemming every row's text instead (to_tsvector) costs about as much again as all the rest.
 */

/** Typos are looked for in words of this length or more only; shorter ones would match nearly anything. */
const TYPO_MIN_LENGTH = 5;
const TYPO_SIMILARITY = 0.6;

/**
 * The forms the conditions below read, once per row: `cross join <textForms(…)>` beside the table
 * gives `t.folded` (name and description) and `t.folded_name`. (`offset 0` keeps the planner from
 * copying the expressions into every condition that reads them.)
 */
export function textForms(name: SQL, description: SQL): SQL {
  return sql`lateral (select ${foldSql(sql`concat_ws(' ', ${name}, ${description})`)} as folded,
    ${foldSql(name)} as folded_name offset 0) t`;
}

function wordCondition(word: string, stem: string, typos: boolean): SQL {
  const conditions = [sql`t.folded like ${`%${stem}%`}`];
  if (typos && word.length >= TYPO_MIN_LENGTH) {
    conditions.push(sql`word_similarity(${word}, t.folded_name) >= ${TYPO_SIMILARITY}`);
  }
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** True when every word of the query is found in the text (see above). */
export function matchesAllWords(query: { words: string[]; stems: string[] }, typos: boolean): SQL {
  if (query.words.length === 0) return sql`false`;
  return sql.join(
    query.words.map((word, index) => wordCondition(word, query.stems[index] ?? word, typos)),
    sql` and `,
  );
}

/** The rows for the words as written; only when there are none, those allowing typos. */
export async function exactOrWithTypos<T>(query: { words: string[] }, run: (typos: boolean) => Promise<T[]>) {
  const exact = await run(false);
  if (exact.length > 0 || !query.words.some((word) => word.length >= TYPO_MIN_LENGTH)) return exact;
  return run(true);
}

/**
 * An order of the matches: names that hold every word and begin with the first, then those holding
 * every word, some, none (found in the description, by stem or by a typo); within each, names closer
 * to the query by trigrams first.
 */
export function nameOrder(words: readonly string[]): SQL {
  if (words.length === 0) return sql`1`;
  const count = sql.join(
    words.map((word) => sql`(t.folded_name like ${`%${word}%`})::int`),
    sql` + `,
  );
  const rank = sql`case ${count} when ${words.length} then (case when t.folded_name like ${`${words[0]}%`} then 0 else 1 end)
    when 0 then 3 else 2 end`;
  return sql`${rank}, similarity(t.folded_name, ${words.join(' ')}) desc`;
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
