import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, Task } from '../../../../shared/contracts/projects.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useBoardTasks } from '../board/use-board.ts';
import { daysBetween, todayIso } from '../calendar-dates.ts';
import { ProjectFrame } from '../project/project-frame.tsx';
import { NewTaskForm } from '../tasks/new-task-form.tsx';
import { dateSpan, snapSpan, timeScale, widthFor } from './time-scale.ts';
import { TimelineChart } from './timeline-chart.tsx';
import { arrowsOf, type TimelineRow, timelineDates, timelineRows } from './timeline-layout.ts';
import { TimelineLegend } from './timeline-legend.tsx';
import { fittingZoom, pixelsPerDay, ZOOMS, type Zoom } from './timeline-search.ts';
import { TimelineTable } from './timeline-table.tsx';
import './timeline.css';

const route = getRouteApi('/projects/$id/timeline');

/** Today belongs in the picture when the plan lies no further than this from it. */
const TODAY_REACH_DAYS = 90;

/** /projects/$id/timeline: milestones and tasks on a time axis, with their dependencies. */
export function TimelinePage() {
  const { id } = route.useParams();
  return (
    <ProjectFrame id={id} view="timeline">
      {(project) => <TimelineView project={project} />}
    </ProjectFrame>
  );
}

function TimelineView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const tasks = useBoardTasks(project.id);
  return (
    <div className="project-stack">
      {project.viewer.canEdit ? <NewTaskForm project={project} /> : null}
      <section className="page-section" aria-labelledby="timeline-title">
        <h2 className="kern-heading-medium" id="timeline-title">
          {t('projects.timeline.title')}
        </h2>
        {tasks.isPending ? (
          <Loading />
        ) : tasks.data === undefined ? (
          <ProblemAlert error={tasks.error ?? true} />
        ) : (
          <Timeline project={project} tasks={tasks.data.tasks} />
        )}
      </section>
    </div>
  );
}

/** The days the plan covers (with today when it is near), before a zoom widens them. */
function planSpan(rows: readonly TimelineRow[], today: string) {
  const dates = timelineDates(rows).filter((d): d is string => d !== null);
  const near = dates.some((d) => Math.abs(daysBetween(today, d)) <= TODAY_REACH_DAYS);
  return dateSpan(dates.length === 0 || near ? [...dates, today] : dates, 7, today);
}

function Timeline({ project, tasks }: { project: ProjectDetail; tasks: Task[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [viewWidth, setViewWidth] = useState(0);
  const today = todayIso();
  const rows = useMemo(
    () => timelineRows(project.id, project.milestones, tasks, today),
    [project.id, project.milestones, tasks, today],
  );
  const span = useMemo(() => planSpan(rows, today), [rows, today]);
  const zoom: Zoom = route.useSearch().zoom ?? fittingZoom(daysBetween(span.from, span.to) + 1, viewWidth);
  const scale = useMemo(() => {
    const { from, to } = snapSpan(span, zoom);
    // Before the view is measured, a width that suits most screens.
    const view = viewWidth || 800;
    return timeScale(from, to, widthFor(from, to, pixelsPerDay(zoom, view), view));
  }, [span, zoom, viewWidth]);
  const { arrows, unDrawn } = useMemo(() => arrowsOf(rows, scale), [rows, scale]);
  if (rows.length === 0) return <p className="kern-body project-empty">{t('projects.timeline.empty')}</p>;
  return (
    <>
      <div className="timeline-tools">
        <p className="kern-body timeline-tools__how-to" id="timeline-how-to">
          {t('projects.timeline.howTo')}
        </p>
        {/* biome-ignore lint/a11y/useSemanticElements: buttons that change the view, not form fields */}
        <div className="timeline-zoom" role="group" aria-label={t('projects.timeline.zoom.label')}>
          {ZOOMS.map((z) => (
            <button
              key={z}
              type="button"
              className={`kern-btn kern-btn--${z === zoom ? 'primary' : 'secondary'} kern-btn--x-small`}
              aria-pressed={z === zoom}
              onClick={() =>
                void navigate({ to: '/projects/$id/timeline', params: { id: project.id }, search: { zoom: z } })
              }
            >
              <span className="kern-label">{t(`projects.timeline.zoom.${z}`)}</span>
            </button>
          ))}
        </div>
      </div>
      <TimelineChart
        projectId={project.id}
        rows={rows}
        scale={scale}
        arrows={arrows}
        unDrawn={unDrawn}
        today={today}
        onViewWidth={setViewWidth}
      />
      <TimelineLegend />
      <TimelineTable projectId={project.id} rows={rows} />
    </>
  );
}
