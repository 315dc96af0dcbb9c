import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "vor 5 Minuten", "gestern" in the interface language, and the full date and time for a tooltip.
 * Re-renders every minute so that the words stay true while the page is open.
 */
export function useRelativeTime() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return useMemo(() => {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      relative(iso: string): string {
        const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
        if (Number.isNaN(seconds)) return '–';
        for (const [unit, size] of UNITS) {
          if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
        }
        return t('notifications.justNow');
      },
      absolute(iso: string): string {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? '–' : absolute.format(date);
      },
    };
  }, [locale, now, t]);
}
