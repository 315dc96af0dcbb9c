import { type SQL, sql } from 'drizzle-orm';
import { foldGerman } from '../../../../shared/fold-german.ts';

/**
 * The folded form of a word, as atlas_terms keeps it and queries compare it: lower case, umlauts
 * spelled out (ä→ae, ö→oe, ü→ue, ß→ss — what people type without a German keyboard), other accents
 * dropped. `foldSql` is the same in SQL; Postgres' `german` stemmer treats both spellings alike, so a
 * folded word still finds the record written with umlauts.
 */
export function fold(text: string): string {
  return foldGerman(text);
}

/** SQL twin of `fold`. lower() leaves Ä, Ö, Ü alone under the C collation, so both cases are replaced. */
export function foldSql(text: SQL): SQL {
  let folded = sql`lower(${text})`;
  for (const [from, to] of [
    ['ä', 'ae'],
    ['ö', 'oe'],
    ['ü', 'ue'],
    ['Ä', 'ae'],
    ['Ö', 'oe'],
    ['Ü', 'ue'],
    ['ß', 'ss'],
  ]) {
    folded = sql`replace(${folded}, ${sql.raw(`'${from}'`)}, ${sql.raw(`'${to}'`)})`;
  }
  return sql`unaccent(${folded})`;
}

/**
 * The form a folded text is stemmed in: "ue", "ae", "oe" written back as umlauts (not after q, and
 * not "ue" after a vowel, as in "Steuer" or "Feuer"). Newer Snowball stemmers (PGlite) do this
 * themselves; PostgreSQL 15's does not, so "Muellabfuhr" and "Müllabfuhr" would stem apart there.
 * Applied to records and queries alike, both spellings meet on every database.
 */
export function stemForm(folded: string): string {
  return folded
    .replace(/(^|[^qaeiouyäöü])ue/g, '$1ü')
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö');
}

/** SQL twin of `stemForm(fold(text))`. */
export function stemFormSql(text: SQL): SQL {
  return sql`regexp_replace(regexp_replace(regexp_replace(${foldSql(text)},
    '(^|[^qaeiouyäöü])ue', '\\1ü', 'g'), 'ae', 'ä', 'g'), 'oe', 'ö', 'g')`;
}

/**
 * Sanitised section HTML as plain text for the search vector and snippets: tags become spaces, the
 * entities the sanitiser writes are decoded, and the two control characters the highlighter uses as
 * markers are removed so a record cannot fake a highlight.
 */
export function plainTextSql(html: SQL): SQL {
  return sql`replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(${html}, '<[^>]*>|[\\x01\\x02]', ' ', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&amp;', '&')`;
}

/** Text (title, summary) without the highlighter's marker characters. */
export function withoutMarkersSql(text: SQL): SQL {
  return sql`translate(${text}, E'\\x01\\x02', '')`;
}

/**
 * Plain text as ts_headline should see it: no marker characters, and "<" stood in for by another
 * control character, since ts_headline's parser takes "<b>" in plain text for a tag and drops it.
 * `highlightHtml` writes it back as "&lt;".
 */
export function headlineSourceSql(text: SQL): SQL {
  return sql`translate(${text}, E'<\\x01\\x02', E'\\x03')`;
}

/** Words of a query or record worth keeping: letters and digits, split at everything else. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
const LESS_THAN = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A headline from ts_headline (plain text with marker characters) as safe HTML: everything is
 * escaped, then only the markers become <mark> elements.
 */
export function highlightHtml(headline: string): string {
  return headline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replaceAll(LESS_THAN, '&lt;');
}

/** Plain text as HTML without any highlight. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
