import type { TFunction } from 'i18next';

/** The languages offered for a new translation, in this order; any other BCP 47 tag may be typed in. */
export const OFFERED_LANGUAGES = ['de', 'en', 'de-x-ls', 'ar', 'fa', 'uk', 'tr', 'ru', 'pl', 'ro'] as const;

/** The same rule as the API's language tag: a 2–3 letter language, then subtags of 1–8 letters or digits. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const MAX_TAG_LENGTH = 35;

/** Whether the API accepts the text as a language tag. */
export function isLanguageTag(tag: string): boolean {
  return tag.length <= MAX_TAG_LENGTH && LANGUAGE_TAG.test(tag);
}

/**
 * A typed tag in the form the API stores and compares: language lower-case, region upper-case,
 * script title-case (`PT-br` → `pt-BR`, `sr-latn` → `sr-Latn`), private-use parts lower-case.
 */
export function normaliseLanguageTag(input: string): string {
  const parts = input.trim().replace(/_/g, '-').split('-');
  let privateUse = false;
  return parts
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.toLowerCase() === 'x') privateUse = true;
      if (privateUse) return part.toLowerCase();
      if (/^[A-Za-z]{4}$/.test(part)) return part[0]?.toUpperCase() + part.slice(1).toLowerCase();
      if (/^([A-Za-z]{2}|[0-9]{3})$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

// Languages written from right to left, and the scripts that make any language so.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug', 'syr', 'ku-Arab']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);
const LTR_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek']);

/** The writing direction of a language tag: `ar`, `fa`, `he`… and any tag with an Arabic or Hebrew script are right to left. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const parts = tag.split('-');
  const script = parts.slice(1).find((part) => /^[A-Za-z]{4}$/.test(part));
  if (script) {
    const name = script[0]?.toUpperCase() + script.slice(1).toLowerCase();
    if (RTL_SCRIPTS.has(name)) return 'rtl';
    if (LTR_SCRIPTS.has(name)) return 'ltr';
  }
  return RTL_LANGUAGES.has((parts[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}

/**
 * A language's name in the interface language: our own wording for the offered ones (Leichte
 * Sprache has no name of its own in the browser), the browser's for any other, the tag as the last resort.
 */
export function languageName(t: TFunction, tag: string, uiLanguage: string): string {
  const own = t(`content.languages.${tag}`, { defaultValue: '' });
  if (own) return own;
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' }).of(tag);
    if (name) return `${name} (${tag})`;
  } catch {
    // A tag the browser cannot read: show it as typed.
  }
  return tag;
}

/** The page's languages with the source first, then the others in the order of the offer, then the rest by tag. */
export function orderLanguages(source: string, languages: readonly string[]): string[] {
  const rank = (tag: string) => {
    if (tag === source) return -1;
    const offered = (OFFERED_LANGUAGES as readonly string[]).indexOf(tag);
    return offered === -1 ? OFFERED_LANGUAGES.length : offered;
  };
  return [...new Set(languages)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
