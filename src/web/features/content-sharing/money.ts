import { numberLocaleOf } from '../../i18n/number-format.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** Euro cents as the interface language writes money: "1.234,50 €" in German, "€1,234.50" in English. */
export function formatEuros(cents: number, language: string | undefined): string {
  const locale = numberLocaleOf(language);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    formats.set(locale, format);
  }
  return format.format(cents / 100);
}

/** The largest price per word the server takes, in cents (1.000 €). */
export const MAX_WORD_PRICE_CENTS = 100_000;

/**
 * A price per word typed in euros ("0,20", "0.2", "1,5 €") as whole cents; `null` for an empty field
 * (no price), `undefined` for anything else. A price per word has no thousands, so a separator is
 * always the decimal one and is followed by one or two digits ("0,125" is refused, not read as 125).
 */
export function parseEuros(input: string): number | null | undefined {
  const text = input.replace(/\s|€|EUR/gi, '');
  if (text === '') return null;
  const match = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) && cents <= MAX_WORD_PRICE_CENTS ? cents : undefined;
}

/** Cents as the price field shows them: "0,20" in German, "0.20" in English. */
export function centsForInput(cents: number | null, language: string | undefined): string {
  if (cents === null) return '';
  const locale = numberLocaleOf(language);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(cents / 100);
}
