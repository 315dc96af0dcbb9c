import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { Section } from '../../../ui/section.tsx';
import { formatDay, todayIso } from '../calendar-dates.ts';
import { MilestoneTable } from './milestone-table.tsx';
import { MilestoneTimeline } from './milestone-timeline.tsx';
import { usePortfolioMilestones } from './portfolio-queries.ts';
import { timelineRows } from './timeline-rows.ts';

/**
 * The milestones of the portfolio's projects on one time axis, in the table's order, with the same
 * milestones as a table beside it for those who read rather than look.
 */
export function MilestonesSection({ query, order }: { query: string; order: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const milestones = usePortfolioMilestones(query);
  const today = todayIso();
  const rows = milestones.data ? timelineRows(milestones.data.milestones, order, today) : [];
  const without = order.filter((id) => !rows.some((row) => row.project.id === id)).length;
  return (
    <Section title={t('portfolio.timeline.title')}>
      {milestones.isPending ? (
        <Loading />
      ) : milestones.data === undefined ? (
        <ProblemAlert error={milestones.error ?? true} />
      ) : rows.length === 0 ? (
        <p className="kern-body">{t('portfolio.timeline.empty')}</p>
      ) : (
        <div className="portfolio-milestones">
          <p className="kern-body" id="portfolio-timeline-hint">
            {t('portfolio.timeline.hint', { date: formatDay(today, i18n.language, 'long') })}
          </p>
          <MilestoneTimeline rows={rows} today={today} />
          {without > 0 ? (
            <p className="kern-body kern-body--small project-muted">
              {t('portfolio.timeline.without', { count: without })}
            </p>
          ) : null}
          <details className="portfolio-disclosure">
            <summary className="portfolio-disclosure__summary">{t('portfolio.timeline.asTable')}</summary>
            <div className="portfolio-disclosure__body">
              <MilestoneTable rows={rows} />
            </div>
          </details>
        </div>
      )}
    </Section>
  );
}
