import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "14:05" today, "3. März, 14:05" otherwise; the full date and time for a title. */
export function useMessageTime() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const dayTime = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
    return {
      short(iso: string) {
        const date = new Date(iso);
        if (Number.isNaN(date.getTime())) return '';
        return date.toDateString() === new Date().toDateString() ? time.format(date) : dayTime.format(date);
      },
      full(iso: string) {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? '' : full.format(date);
      },
    };
  }, [locale]);
}

/** A file size people read: "820 KiB", "3,4 MiB" — binary units, as the 25 MiB upload limit is said. */
export function fileSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KiB`;
  return `${format.format(bytes / (1024 * 1024))} MiB`;
}
