import type { i18n as I18n } from 'i18next';

/** The options of Intl.NumberFormat a translation or a component may ask for. */
export type NumberOptions = Pick<
  Intl.NumberFormatOptions,
  'maximumFractionDigits' | 'minimumFractionDigits' | 'maximumSignificantDigits' | 'useGrouping'
>;

const OPTION_KEYS = [
  'maximumFractionDigits',
  'minimumFractionDigits',
  'maximumSignificantDigits',
  'useGrouping',
] as const satisfies readonly (keyof NumberOptions)[];

/** The formatting locale of an interface language: German unless English was chosen. */
export function numberLocaleOf(language: string | undefined): 'de-DE' | 'en-GB' {
  return language?.startsWith('en') ? 'en-GB' : 'de-DE';
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the interface language writes it: "11.393" in German, "11,393" in English. The one
 * formatter of the web app: translations reach it as `{{count, number}}`, components through
 * `useFormat().number`.
 */
export function formatNumber(value: number, language: string | undefined, options: NumberOptions = {}): string {
  const locale = numberLocaleOf(language);
  const picked: NumberOptions = {};
  for (const key of OPTION_KEYS) {
    if (options[key] !== undefined) Object.assign(picked, { [key]: options[key] });
  }
  const cacheKey = `${locale} ${JSON.stringify(picked)}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale, picked);
    formats.set(cacheKey, format);
  }
  return format.format(value);
}

/** Makes i18next's `number` format (`{{count, number}}`) use formatNumber. */
export function registerNumberFormat(i18n: I18n): void {
  i18n.services.formatter?.add('number', (value: unknown, lng: string | undefined, options: NumberOptions) =>
    typeof value === 'number' ? formatNumber(value, lng, options) : String(value ?? ''),
  );
}
