/**
 * The status of a page's translations, computed from its versions, never set by hand:
 *
 * - `missing`: no published version in the language;
 * - `in-translation`: sent out (an XLIFF export) after the language's last published version;
 * - `outdated`: the language it was translated from had a major (not minor) published version after
 *   the one it was made from;
 * - `machine`: a machine translation nobody has reviewed yet;
 * - `current`: none of these.
 *
 * Drafts count for nothing: saving a draft of the source leaves every translation as it was. A
 * translation may be made from another translation (German → English → Arabic): it is outdated when
 * the English changes, not the German.
 */

export type TranslationStatus = 'missing' | 'in-translation' | 'outdated' | 'machine' | 'current';

export interface VersionFacts {
  language: string;
  number: number;
  minor: boolean;
  draft: boolean;
  basisLanguage: string | null;
  basisNumber: number | null;
  origin: 'written' | 'machine' | 'xliff';
  reviewed: boolean;
  createdAt: Date;
}

export interface OrderFacts {
  language: string;
  orderedAt: Date;
}

export interface LanguageStatus {
  language: string;
  status: TranslationStatus;
  /** The last published version's number, null when there is none. */
  number: number | null;
  /** What it was translated from: language and version. */
  basis: { language: string; number: number } | null;
}

function lastPublished(versions: readonly VersionFacts[], language: string): VersionFacts | null {
  let last: VersionFacts | null = null;
  for (const v of versions) {
    if (v.language === language && !v.draft && (!last || v.number > last.number)) last = v;
  }
  return last;
}

/** The status of each language asked for (the source language is not a translation: left out). */
export function translationStatuses(
  sourceLanguage: string,
  languages: readonly string[],
  versions: readonly VersionFacts[],
  orders: readonly OrderFacts[] = [],
): LanguageStatus[] {
  return languages
    .filter((language) => language !== sourceLanguage)
    .map((language): LanguageStatus => {
      const last = lastPublished(versions, language);
      const ordered = orders.some((o) => o.language === language && (!last || o.orderedAt > last.createdAt));
      if (!last) return { language, status: ordered ? 'in-translation' : 'missing', number: null, basis: null };
      const basisLanguage = last.basisLanguage ?? sourceLanguage;
      const basisNumber = last.basisNumber ?? 0;
      const basis = { language: basisLanguage, number: basisNumber };
      const changedSince = versions.some(
        (v) => v.language === basisLanguage && !v.draft && !v.minor && v.number > basisNumber,
      );
      const status: TranslationStatus = ordered
        ? 'in-translation'
        : changedSince
          ? 'outdated'
          : !last.reviewed
            ? 'machine'
            : 'current';
      return { language, status, number: last.number, basis };
    });
}

/** Every language a page has a version in or was ordered in, the source first, then alphabetical. */
export function languagesOf(
  sourceLanguage: string,
  versions: readonly VersionFacts[],
  orders: readonly OrderFacts[] = [],
): string[] {
  const others = new Set([...versions.map((v) => v.language), ...orders.map((o) => o.language)]);
  others.delete(sourceLanguage);
  return [sourceLanguage, ...[...others].sort()];
}
