import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TIME_ZONE } from '../../../shared/contracts/events.ts';

/** Event times in Europe/Berlin, in the interface language: "Mi., 10. März 2027, 09:00–16:00". */
export function useEventTime() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: EVENT_TIME_ZONE });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: EVENT_TIME_ZONE });
    const dayTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: EVENT_TIME_ZONE,
    });
    const range = (startIso: string, endIso: string) => {
      const start = new Date(startIso);
      const end = new Date(endIso);
      return day.format(start) === day.format(end)
        ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
        : `${dayTime.format(start)} – ${dayTime.format(end)}`;
    };
    return {
      range,
      time: (iso: string) => time.format(new Date(iso)),
      day: (iso: string) => day.format(new Date(iso)),
    };
  }, [locale]);
}
