const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ẞ: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
};

/** Longest slug made from a title; long titles are cut at a word boundary. */
export const COOPERATION_SLUG_MAX = 80;

/**
 * The URL name of a cooperation from its title: lower-case ASCII words joined by hyphens, German
 * letters spelt out as Germans write them without umlauts ("Südwestfalen" → "suedwestfalen").
 */
export function cooperationSlug(title: string): string {
  const folded = title
    .replace(/[äöüßẞÄÖÜ]/g, (c) => GERMAN_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = folded;
  if (slug.length > COOPERATION_SLUG_MAX) {
    const cut = slug.slice(0, COOPERATION_SLUG_MAX);
    const lastHyphen = cut.lastIndexOf('-');
    slug = lastHyphen > COOPERATION_SLUG_MAX / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
  }
  // The contract wants at least three characters; a title of symbols gets a generic name.
  if (slug.length < 3) return slug ? `kooperation-${slug}` : 'kooperation';
  return slug;
}
