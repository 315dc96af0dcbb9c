/**
 * The platform's rule for text that enters from outside (query strings, path parameters, JSON
 * bodies, and the few headers a feature reads as text, such as an upload's file name):
 *
 * - NUL (U+0000) and lone surrogates are refused: no database column can hold them, and no person
 *   types them.
 * - Other C0 and C1 control characters (U+0001–U+001F, U+007F–U+009F) are removed, except tab, line
 *   feed and carriage return, which multi-line text (messages, descriptions, imported files) needs.
 * - Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed everywhere: they make
 *   `rechnung\u202Efdp.exe` look like `rechnungexe.pdf`. No feature needs them; right-to-left text
 *   still displays correctly by the Unicode bidi algorithm, and the marks U+200E/U+200F stay.
 *
 * `singleLine` goes further for names that end up in headers or one-line places (file names).
 */

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters the rule removes
const REMOVED = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a quick test before the replacing pass
const HAS_REMOVED = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The text with each lone surrogate (half an emoji) replaced by U+FFFD, for text that may not be refused. */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/** Why a text is refused outright. */
export interface Refusal {
  kind: 'nul' | 'lone-surrogate';
  message: string;
}

/** Why a text is refused outright, or null when the rule can make it acceptable. */
export function refusalOf(text: string): Refusal | null {
  if (text.includes(NUL)) return { kind: 'nul', message: 'must not contain the NUL character (U+0000)' };
  if (LONE_SURROGATE.test(text)) {
    return { kind: 'lone-surrogate', message: 'contains a broken character (lone surrogate)' };
  }
  return null;
}

/** The text with control characters (but tab and line breaks) and bidi overrides/isolates removed. */
export function cleanText(text: string): string {
  return HAS_REMOVED.test(text) ? text.replace(REMOVED, '') : text;
}

/**
 * A one-line name (a file name): `cleanText` without NUL, lone surrogates (as U+FFFD) and line breaks
 * or tabs (as spaces). For text that did not pass the request rule, e.g. stored before it existed.
 */
export function singleLine(text: string): string {
  return cleanText(withoutLoneSurrogates(text.replaceAll(NUL, ''))).replace(/[\t\n\r]/g, ' ');
}
