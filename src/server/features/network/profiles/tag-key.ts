// The folded form of a tag's name that makes two spellings one tag: lower case, umlauts written out,
// other accents dropped, every run of punctuation and space one space ("E-Rechnung" = "e rechnung").

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The folded key of a tag name (also used to fold what one types when searching tags). */
export function tagKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => umlauts[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A tag's name as shown: spaces collapsed, trimmed. */
export function tagName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/**
 * A prefix query for PostgreSQL full text search from what one types: the words (letters and digits
 * only, so nothing of the query syntax gets through), each as a prefix, all required. Null without words.
 */
export function prefixTsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(' & ');
}

/** `text` with LIKE's wildcards escaped, for a `like … escape '\'` prefix match. */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
