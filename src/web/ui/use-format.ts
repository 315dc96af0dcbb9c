import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Date and number formatting in the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(locale);
    const safe = (format: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      if (!iso) return '–';
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? '–' : format.format(value);
    };
    return { dateTime: safe(dateTime), date: safe(date), number: (n: number) => number.format(n) };
  }, [locale]);
}
