const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** The slug form of a text, possibly empty; also used to match search terms against slugs. */
export function foldForSlug(text: string): string {
  return text
    .replace(/[äöüßẞÄÖÜ]/g, (c) => GERMAN_FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest slug we make; long names are cut at a word boundary. */
export const SLUG_MAX = 80;

/**
 * The URL name of an alliance: lower-case ASCII words joined by hyphens. German letters are spelt
 * out the way Germans write them without umlauts ("Südwestfalen" → "suedwestfalen"), other accents dropped.
 */
export function slugify(name: string): string {
  const folded = foldForSlug(name);
  if (folded.length <= SLUG_MAX) return folded || 'verbund';
  const cut = folded.slice(0, SLUG_MAX);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > SLUG_MAX / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, '');
}
