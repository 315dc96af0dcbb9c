import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type NumberOptions } from '../i18n/number-format.ts';

/** Date and number formatting in the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '–';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? '–' : format.format(value);
    };
    return {
      dateTime: safe(dateTime),
      date: safe(date),
      number: (n: number, options?: NumberOptions) => formatNumber(n, language, options),
    };
  }, [locale, language]);
}
