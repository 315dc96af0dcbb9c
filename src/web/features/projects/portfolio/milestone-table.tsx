import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../../ui/content-language.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { useMilestoneWords } from './milestone-words.ts';
import type { TimelineMilestone, TimelineRow } from './timeline-rows.ts';

interface Entry {
  row: TimelineRow;
  milestone: TimelineMilestone;
}

/** The timeline's milestones as a table: project, milestone, date, baseline date and slip, state. */
export function MilestoneTable({ rows }: { rows: readonly TimelineRow[] }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const words = useMilestoneWords();
  const entries: Entry[] = rows.flatMap((row) => row.milestones.map((milestone) => ({ row, milestone })));
  return (
    <DataTable<Entry>
      caption={t('portfolio.timeline.tableCaption')}
      captionHidden
      rows={entries}
      rowKey={(entry) => entry.milestone.id}
      columns={[
        {
          key: 'project',
          header: t('portfolio.columns.project'),
          render: ({ row }) => (
            <Link className="kern-link" to="/projects/$id" params={{ id: row.project.id }} lang={lang}>
              {row.project.name}
            </Link>
          ),
        },
        {
          key: 'milestone',
          header: t('portfolio.timeline.milestone'),
          render: ({ milestone }) => <span lang={lang}>{milestone.name}</span>,
        },
        { key: 'date', header: t('portfolio.timeline.date'), render: ({ milestone }) => words.day(milestone.date) },
        {
          key: 'baseline',
          header: t('portfolio.timeline.baselineColumn'),
          render: ({ milestone }) => words.slip(milestone),
        },
        {
          key: 'state',
          header: t('portfolio.timeline.state'),
          render: ({ milestone }) => (
            <span className={`timeline-state timeline-state--${milestone.state}`}>{words.state(milestone)}</span>
          ),
        },
      ]}
    />
  );
}
