import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../atlas/search/search-index.ts';

// Stemming every published text for each search (to_tsvector at query time) costs about a
// millisecond per text of a few kilobytes; a regular expression over the raw text decides first which
// texts can match at all, at about a tenth of that. A text matches the query only if, for every group
// of its tsquery (`'feuerwehr':* | 'feuerwehrhaus'`), a lexeme of the group begins a lexeme of the
// text. The german stemmer makes a lexeme by lowering the word, turning ä/ö/ü into a/o/u (newer
// versions also ae/oe/ue) and ß into ss, and cutting an ending; so the text holds the lexeme written
// with each a, o, u as itself, its umlaut or with an e after it, and each ss as ss or ß, in any case.
// The test keeps every text that can match and lets through some that do not (the tsquery decides
// those). Accented capitals other than Ä, Ö, Ü may not be matched case-insensitively by the database.

const VOWELS: Record<string, string> = { a: '(a|ä|Ä|ae)', o: '(o|ö|Ö|oe)', u: '(u|ü|Ü|ue)' };

/** The pattern (for `~*`) that finds every written form of a lexeme's beginning. */
export function lexemePattern(lexeme: string): string {
  let out = '';
  const chars = [...lexeme];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i] as string;
    if (c === 's' && chars[i + 1] === 's') {
      out += '(ss|ß)';
      i += 1;
    } else if (c === 's' && i === chars.length - 1) out += '(s|ß)';
    else if (VOWELS[c]) out += VOWELS[c];
    else out += /[\p{L}\p{N}]/u.test(c) ? c : `\\${c}`;
  }
  return out;
}

/**
 * The lexemes of a tsquery of groups joined by `&`, each group one lexeme or several joined by `|`
 * (what german-query.ts writes), as PostgreSQL prints it: `( 'feuerwehr':* | 'feuerwehrhaus' ) & 'amt':*`.
 * Null when it has another shape (negation, phrases), for which no test is made.
 */
export function lexemeGroups(printed: string): string[][] | null {
  if (/[!<]/.test(printed)) return null;
  const groups: string[][] = [];
  let depth = 0;
  let current = '';
  for (const c of `${printed}&`) {
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (c === '&' && depth === 0) {
      const lexemes = [...current.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] as string).replaceAll("''", "'"));
      if (lexemes.length === 0) return null;
      groups.push(lexemes);
      current = '';
    } else current += c;
  }
  return groups.length > 0 ? groups : null;
}

/** The patterns of a tsquery's groups (one per group, every lexeme of it an alternative); null: no test. */
export async function groupPatterns(tx: Tx, tsquery: string): Promise<string[] | null> {
  const [row] = rowsOf<{ printed: string }>(
    await tx.execute(sql`select to_tsquery('german', ${tsquery})::text as printed`),
  );
  const groups = row ? lexemeGroups(row.printed) : null;
  return groups ? groups.map((lexemes) => lexemes.map(lexemePattern).join('|')) : null;
}

/** True for a text that holds every group (see above); `true` without patterns. */
export function holdsAll(text: SQL, patterns: readonly string[] | null): SQL {
  if (!patterns || patterns.length === 0) return sql`true`;
  return sql.join(
    patterns.map((pattern) => sql`${text} ~* ${pattern}`),
    sql` and `,
  );
}
