import { useTranslation } from 'react-i18next';
import { formatDay } from '../calendar-dates.ts';
import type { TimelineMilestone } from './timeline-rows.ts';

/**
 * A milestone in words, for the timeline's names and its table: its date, how far it moved against the
 * baseline ("10 Tage später als im Basisplan (27.12.2026)") and where it stands.
 */
export function useMilestoneWords() {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatDay(date, i18n.language);
  const slip = (m: TimelineMilestone): string => {
    if (m.baselineDate === null || m.slip === null) return t('portfolio.milestone.noBaseline');
    if (m.slip === 0) return t('portfolio.milestone.asBaseline', { date: day(m.baselineDate) });
    return m.slip > 0
      ? t('portfolio.milestone.later', { count: m.slip, date: day(m.baselineDate) })
      : t('portfolio.milestone.earlier', { count: -m.slip, date: day(m.baselineDate) });
  };
  const state = (m: TimelineMilestone): string => t(`portfolio.milestone.${m.state}`);
  return {
    day,
    slip,
    state,
    /** "6. Jan. 2027, 10 Tage später als im Basisplan (27.12.2026), offen" */
    summary: (m: TimelineMilestone) => `${day(m.date)}, ${slip(m)}, ${state(m)}`,
  };
}
