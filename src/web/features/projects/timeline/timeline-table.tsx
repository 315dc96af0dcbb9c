import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../../ui/content-language.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { formatDay } from '../calendar-dates.ts';
import type { MilestoneRow, TaskRow, TimelineRow } from './timeline-layout.ts';
import { dependencyList, milestoneDescription } from './timeline-words.ts';

/**
 * The timeline as two tables (milestones, then tasks), for whoever reads better in rows and
 * columns than in a drawing. Behind a disclosure, so the chart comes first.
 */
export function TimelineTable({ projectId, rows }: { projectId: string; rows: readonly TimelineRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const milestones = rows.filter((row): row is MilestoneRow => row.kind === 'milestone');
  const tasks = rows.filter((row): row is TaskRow => row.kind === 'task');
  const milestoneNames = new Map(milestones.map((row) => [row.milestone.id, row.milestone.name]));
  const day = (date: string | null) => formatDay(date, i18n.language);
  return (
    <details className="timeline-table">
      <summary className="timeline-table__summary">{t('projects.timeline.tableToggle')}</summary>
      <div className="timeline-table__body">
        {milestones.length > 0 ? (
          <DataTable<MilestoneRow>
            caption={t('projects.timeline.milestonesCaption')}
            rows={milestones}
            rowKey={(row) => row.key}
            columns={[
              {
                key: 'name',
                header: t('projects.timeline.columns.milestone'),
                render: (row) => <span lang={lang}>{row.milestone.name}</span>,
              },
              { key: 'date', header: t('projects.timeline.columns.date'), render: (row) => day(row.milestone.date) },
              {
                key: 'baseline',
                header: t('projects.timeline.columns.baseline'),
                render: (row) => day(row.milestone.baselineDate),
              },
              {
                key: 'state',
                header: t('projects.timeline.columns.standing'),
                render: (row) => milestoneDescription(row, t, i18n.language),
              },
            ]}
          />
        ) : null}
        <DataTable<TaskRow>
          caption={t('projects.timeline.tasksCaption')}
          rows={tasks}
          rowKey={(row) => row.key}
          empty={t('projects.timeline.noTasks')}
          columns={[
            {
              key: 'title',
              header: t('projects.list.columns.title'),
              render: (row) => (
                <Link
                  className="kern-link"
                  to="/projects/$id/tasks/$taskId"
                  params={{ id: projectId, taskId: row.task.id }}
                  lang={lang}
                >
                  {row.task.title}
                </Link>
              ),
            },
            {
              key: 'milestone',
              header: t('projects.task.milestone'),
              render: (row) =>
                row.task.milestoneId && milestoneNames.has(row.task.milestoneId) ? (
                  <span lang={lang}>{milestoneNames.get(row.task.milestoneId)}</span>
                ) : (
                  t('projects.task.noMilestone')
                ),
            },
            { key: 'start', header: t('projects.task.start'), render: (row) => day(row.task.startDate) },
            {
              key: 'due',
              header: t('projects.task.due'),
              render: (row) =>
                row.overdue ? (
                  <span className="task-mark task-mark--late">
                    {t('projects.task.overdueSince', { date: day(row.task.dueDate) })}
                  </span>
                ) : (
                  day(row.task.dueDate)
                ),
            },
            {
              key: 'state',
              header: t('projects.list.columns.state'),
              render: (row) => (
                <span className={`task-state task-state--${row.task.state}`}>
                  {t(`projects.state.${row.task.state}`)}
                </span>
              ),
            },
            {
              key: 'deps',
              header: t('projects.timeline.columns.dependsOn'),
              render: (row) => {
                const deps = [...row.inProject, ...row.elsewhere];
                return deps.length > 0 ? <span lang={lang}>{dependencyList(deps, projectId, t)}</span> : '–';
              },
            },
          ]}
        />
      </div>
    </details>
  );
}
