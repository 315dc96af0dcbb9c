// What a page needs to know of a content language: its writing direction and its own name. Node's
// Intl knows most of it (Intl.Locale#textInfo, Intl.DisplayNames); where it is missing or wrong
// (Dhivehi, Kurdish in Arabic script), scripts and a short list of languages decide.

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);
/** Languages written right to left by default, when the tag names no script. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ji',
  'ps',
  'prs',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** Own names Intl does not know: Leichte Sprache is German with a private-use subtag. */
const OWN_NAMES: Record<string, string> = { 'de-x-ls': 'Leichte Sprache' };

function localeOf(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag);
  } catch {
    return null;
  }
}

/** `rtl` for Arabic, Persian, Hebrew, Urdu and the other languages written right to left, else `ltr`. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = localeOf(tag);
  if (!locale) return 'ltr';
  if (locale.script) return RTL_SCRIPTS.has(locale.script.toLowerCase()) ? 'rtl' : 'ltr';
  if (RTL_LANGUAGES.has(locale.language)) return 'rtl';
  const info = (locale as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

const names = new Map<string, string>();

/** The language's name in itself ("Deutsch", "English", "العربية", "Türkçe"), for a language switcher. */
export function ownName(tag: string): string {
  const key = tag.toLowerCase();
  const known = OWN_NAMES[key] ?? names.get(key);
  if (known) return known;
  let name = tag;
  try {
    const named = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag);
    if (named) name = named.charAt(0).toLocaleUpperCase(tag) + named.slice(1);
  } catch {
    // A tag Intl cannot read keeps its code as its name.
  }
  names.set(key, name);
  return name;
}

/** The interface language a content language's page is framed in: its own when the app has it. */
export function frameLanguageOf(tag: string): 'de' | 'en' | null {
  const language = localeOf(tag)?.language;
  return language === 'de' || language === 'en' ? language : null;
}
