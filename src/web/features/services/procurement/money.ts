// Euro amounts as people type them, to integer cents and back, without floating point.

/**
 * "1.234,56" (German) or "1,234.56" (English) or "1234" → cents; null for anything else (negative,
 * more than two decimals, letters). Spaces are ignored.
 */
export function centsFromEuros(text: string, language: string): number | null {
  let value = text.replace(/[\s\u00a0€]/g, '');
  if (value === '') return null;
  if (language === 'de') value = value.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  else value = value.replace(/,(?=\d{3}(\D|$))/g, '');
  const match = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as euros in the interface language: 123456 → "1.234,56 €" / "€1,234.56". */
export function formatEuros(cents: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}
