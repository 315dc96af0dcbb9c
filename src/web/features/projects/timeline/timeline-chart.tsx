import { Link, useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../../ui/content-language.ts';
import { formatDay } from '../calendar-dates.ts';
import { type TimeScale, todayX } from './time-scale.ts';
import { type Arrow, barOf, type TimelineRow } from './timeline-layout.ts';
import { Diamond, TimelineSvg, useChartIds } from './timeline-svg.tsx';
import { milestoneDescription, periodText, taskDescription } from './timeline-words.ts';

interface ChartProps {
  projectId: string;
  rows: readonly TimelineRow[];
  scale: TimeScale;
  arrows: readonly Arrow[];
  unDrawn: ReadonlySet<string>;
  today: string;
  /** Tells the page how wide the scrolling part is, so a short project fills it. */
  onViewWidth: (width: number) => void;
}

/**
 * The names of the rows on the left, always in view, and the drawing on the right, scrolling
 * sideways in a region of its own. The tasks' names are links with one tab stop among them: the
 * arrow keys go from task to task, Enter opens it.
 */
export function TimelineChart({ projectId, rows, scale, arrows, unDrawn, today, onViewWidth }: ChartProps) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const navigate = useNavigate();
  const ids = useChartIds();
  const region = useRef<HTMLDivElement>(null);
  const links = useRef(new Map<number, HTMLAnchorElement>());
  const taskRows = useMemo(() => rows.flatMap((row, index) => (row.kind === 'task' ? [index] : [])), [rows]);
  // The task chosen last, by its ID: rows added or removed meanwhile do not move the tab stop to another task.
  const [current, setCurrent] = useState<string | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // The tab stop: the task chosen last, or the first one when that task is gone.
  const chosen = rows.findIndex((row) => row.kind === 'task' && row.task.id === current);
  const tabRow = chosen >= 0 ? chosen : (taskRows[0] ?? -1);

  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const observer = new ResizeObserver(() => onViewWidth(element.clientWidth));
    observer.observe(element);
    onViewWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [onViewWidth]);

  // The year of the left edge, while no tick there says it: a month's tick names its year only in January.
  const [leftYear, setLeftYear] = useState<string | null>(null);
  function followYear() {
    const element = region.current;
    if (!element) return;
    const left = element.scrollLeft;
    const labelled = scale.ticks.filter((tick) => tick.yearLabel);
    const said = labelled.some((tick) => tick.x >= left - 1 && tick.x - left < 48);
    setLeftYear(labelled.length === 0 || said ? null : scale.dateAt(left).slice(0, 4));
  }

  // At first and after a change of scale the drawing starts at its left edge, unless today would lie
  // out of view: then today stands a third into it.
  const scrolledFor = useRef('');
  useLayoutEffect(() => {
    const element = region.current;
    const key = `${scale.from} ${scale.to} ${scale.width}`;
    if (!element || scrolledFor.current === key) return;
    scrolledFor.current = key;
    const now = todayX(scale, today);
    const seen = now !== null && now < element.clientWidth - 48;
    element.scrollLeft = now === null || seen ? 0 : Math.max(0, now - element.clientWidth / 3);
    followYear();
  });

  function show(index: number) {
    const element = region.current;
    const row = rows[index];
    if (!element || row?.kind !== 'task') return;
    const bar = barOf(row.task, scale);
    if (!bar) return;
    const left = element.scrollLeft;
    if (bar.x1 < left || bar.x1 > left + element.clientWidth - 48) element.scrollLeft = Math.max(0, bar.x1 - 24);
  }

  function move(event: KeyboardEvent<HTMLUListElement>) {
    const at = taskRows.indexOf(tabRow);
    const next =
      event.key === 'ArrowDown'
        ? taskRows[Math.min(taskRows.length - 1, at + 1)]
        : event.key === 'ArrowUp'
          ? taskRows[Math.max(0, at - 1)]
          : event.key === 'Home'
            ? taskRows[0]
            : event.key === 'End'
              ? taskRows[taskRows.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    links.current.get(next)?.focus();
  }

  return (
    <div className="timeline">
      <ul className="timeline__names" aria-label={t('projects.timeline.rowsLabel')} onKeyDown={move}>
        <li className="timeline__names-head" aria-hidden="true">
          {t('projects.timeline.taskColumn')}
        </li>
        {rows.map((row, index) => {
          if (row.kind === 'group') {
            return (
              <li key={row.key} className="timeline__name timeline__name--group">
                <span className="timeline__name-title">{t('projects.timeline.noMilestone')}</span>
              </li>
            );
          }
          if (row.kind === 'milestone') {
            const state = row.reached ? 'reached' : row.overdue ? 'late' : 'open';
            return (
              <li key={row.key} className="timeline__name timeline__name--milestone">
                <svg className="timeline__glyph" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                  <Diamond x={9} y={9} className={`timeline-diamond timeline-diamond--${state}`} />
                </svg>
                <span className="timeline__name-text">
                  <span className="timeline__name-title">
                    <span className="visually-hidden">{t('projects.timeline.milestone')}: </span>
                    <span lang={lang}>{row.milestone.name}</span>
                  </span>
                  <span className="timeline__name-meta">{milestoneDescription(row, t, i18n.language)}</span>
                </span>
              </li>
            );
          }
          return (
            <li
              key={row.key}
              className={`timeline__name${row.overdue ? ' timeline__name--late' : ''}${index === focused ? ' timeline__name--active' : ''}`}
            >
              <Link
                ref={(element) => {
                  if (element) links.current.set(index, element);
                  else links.current.delete(index);
                }}
                className="kern-link timeline__link"
                to="/projects/$id/tasks/$taskId"
                params={{ id: projectId, taskId: row.task.id }}
                tabIndex={index === tabRow ? 0 : -1}
                onFocus={() => {
                  setCurrent(row.task.id);
                  setFocused(index);
                  show(index);
                }}
                onBlur={() => setFocused(null)}
                title={row.task.title}
                // The title first, as it is seen; then what the bar beside it shows.
                aria-label={`${row.task.title}, ${taskDescription(row, projectId, t, i18n.language)}`}
              >
                <span className="timeline__name-title" lang={lang}>
                  {row.task.title}
                </span>
                <span className="timeline__name-meta" aria-hidden="true">
                  {t(`projects.state.${row.task.state}`)} · {shortPeriod(row.task, t, i18n.language)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {/* biome-ignore lint/a11y/useSemanticElements: a <section> would add a heading level; its label names it */}
      <div
        ref={region}
        className="timeline__scroll"
        role="region"
        aria-label={t('projects.timeline.chartLabel')}
        aria-describedby="timeline-how-to"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard
        tabIndex={0}
        onScroll={followYear}
      >
        {leftYear ? (
          <div className="timeline__year" aria-hidden="true">
            <span>{leftYear}</span>
          </div>
        ) : null}
        <TimelineSvg
          rows={rows}
          scale={scale}
          arrows={arrows}
          unDrawn={unDrawn}
          projectId={projectId}
          today={today}
          activeRow={focused}
          t={t}
          language={i18n.language}
          ids={ids}
          onOpen={(taskId) => void navigate({ to: '/projects/$id/tasks/$taskId', params: { id: projectId, taskId } })}
        />
      </div>
    </div>
  );
}

/** The dates under a task's name, short: "bis 30.04.2026" or "01.03.–30.04.2026". */
function shortPeriod(
  task: { startDate: string | null; dueDate: string | null },
  t: ReturnType<typeof useTranslation>['t'],
  language: string,
) {
  if (task.startDate && task.dueDate) {
    return `${formatDay(task.startDate, language)} – ${formatDay(task.dueDate, language)}`;
  }
  return periodText(task, t, language);
}
