import type { TFunction } from 'i18next';
import { useId } from 'react';
import type { TaskState } from '../../../../shared/contracts/projects.ts';
import { type TimeScale, tickLabel, todayX } from './time-scale.ts';
import {
  type Arrow,
  type Bar,
  barOf,
  FOOTER_HEIGHT,
  HEADER_HEIGHT,
  type MilestoneRow,
  ROW_HEIGHT,
  rowMiddle,
  type TimelineRow,
} from './timeline-layout.ts';
import { slipText, taskNote } from './timeline-words.ts';

const BAR_HEIGHT = 18;
const DIAMOND = 8;
/** A rough width of one character of the notes (13 px text), to make room for them on the right. */
const CHAR_WIDTH = 7;

/** The chart's own ids (patterns, arrow heads), unique on the page. */
export function useChartIds() {
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return {
    stripes: `${base}-stripes`,
    hatch: `${base}-hatch`,
    arrow: `${base}-arrow`,
    conflict: `${base}-conflict`,
  };
}
export type ChartIds = ReturnType<typeof useChartIds>;

/** Patterns and arrow heads, shared by the chart and the legend's swatches. */
export function ChartDefs({ ids }: { ids: ChartIds }) {
  return (
    <defs>
      <pattern id={ids.stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="timeline-fill--progress-ground" />
        <rect width="3" height="6" className="timeline-fill--progress" />
      </pattern>
      <pattern id={ids.hatch} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" className="timeline-fill--blocked-ground" />
        <path d="M0 0L7 7M7 0L0 7" className="timeline-stroke--blocked" strokeWidth="1.5" />
      </pattern>
      <marker id={ids.arrow} viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto">
        <path d="M0 0L8 4L0 8Z" className="timeline-fill--arrow" />
      </marker>
      <marker id={ids.conflict} viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto">
        <path d="M0 0L8 4L0 8Z" className="timeline-fill--late" />
      </marker>
    </defs>
  );
}

/** A task's bar in its state's fill: hollow (to do), striped (in progress), hatched (blocked), solid with a tick (done). */
export function StateBar({ state, bar, y, ids }: { state: TaskState; bar: Bar; y: number; ids: ChartIds }) {
  const width = bar.x2 - bar.x1;
  const fill =
    state === 'in_progress' ? `url(#${ids.stripes})` : state === 'blocked' ? `url(#${ids.hatch})` : undefined;
  return (
    <g className={`timeline-bar timeline-bar--${state.replace('_', '-')}`}>
      <rect x={bar.x1} y={y} width={width} height={BAR_HEIGHT} rx={bar.marker ? 2 : 4} fill={fill} />
      {state === 'done' && width >= 14 ? (
        <path
          d={`M${bar.x1 + width / 2 - 4} ${y + 9}l3 3l5 -6`}
          className="timeline-bar__tick"
          fill="none"
          strokeWidth="2"
        />
      ) : null}
    </g>
  );
}

export function Diamond({ x, y, className }: { x: number; y: number; className: string }) {
  return (
    <path
      d={`M${x} ${y - DIAMOND}L${x + DIAMOND} ${y}L${x} ${y + DIAMOND}L${x - DIAMOND} ${y}Z`}
      className={className}
    />
  );
}

/** A warning triangle with an exclamation mark, for what is overdue. */
export function LateMark({ x, y }: { x: number; y: number }) {
  return (
    <g className="timeline-late-mark">
      <path d={`M${x + 8} ${y - 8}L${x + 16} ${y + 7}H${x}Z`} className="timeline-fill--late" />
      <path
        d={`M${x + 8} ${y - 3}V${y + 2}M${x + 8} ${y + 4}V${y + 5}`}
        className="timeline-late-mark__bang"
        strokeWidth="2"
      />
    </g>
  );
}

interface SvgProps {
  rows: readonly TimelineRow[];
  scale: TimeScale;
  arrows: readonly Arrow[];
  unDrawn: ReadonlySet<string>;
  projectId: string;
  today: string;
  /** The row whose name has the focus, highlighted across the chart. */
  activeRow: number | null;
  t: TFunction;
  language: string;
  ids: ChartIds;
  onOpen: (taskId: string) => void;
}

/** How wide the chart must be so the notes right of the bars fit. */
export function chartWidth(rows: readonly TimelineRow[], scale: TimeScale, notes: readonly string[]): number {
  let width = scale.width;
  rows.forEach((row, index) => {
    const note = notes[index];
    if (!note) return;
    const end = noteX(row, scale) + note.length * CHAR_WIDTH + 8;
    width = Math.max(width, end);
  });
  return Math.ceil(width);
}

/** Where a row's note begins: right of its bar (or diamonds), after the overdue mark. */
function noteX(row: TimelineRow, scale: TimeScale): number {
  if (row.kind === 'task') {
    const bar = barOf(row.task, scale);
    return (bar ? bar.x2 : 0) + (row.overdue ? 24 : 8);
  }
  if (row.kind === 'milestone') {
    const { date, baselineDate } = row.milestone;
    const right = Math.max(scale.x(date), baselineDate ? scale.x(baselineDate) : 0) + scale.dayWidth / 2;
    return right + DIAMOND + (row.overdue ? 24 : 8);
  }
  return 0;
}

/** The notes of each row (empty for none), in the interface language. */
export function rowNotes(
  rows: readonly TimelineRow[],
  unDrawn: ReadonlySet<string>,
  projectId: string,
  t: TFunction,
  language: string,
): string[] {
  return rows.map((row) => {
    if (row.kind === 'task')
      return row.task.startDate || row.task.dueDate
        ? taskNote(row, unDrawn, projectId, t, language)
        : [t('projects.timeline.noDates'), taskNote(row, unDrawn, projectId, t, language)].filter(Boolean).join(' · ');
    if (row.kind === 'milestone') return milestoneNote(row, t);
    return '';
  });
}

function milestoneNote(row: MilestoneRow, t: TFunction): string {
  return [row.overdue ? t('projects.milestones.overdue') : '', slipText(row, t)].filter(Boolean).join(' · ');
}

/**
 * The drawing: the axis with its ticks, a band per row (a bar, or a milestone's diamond with its
 * baseline's hollow one), today's line and the dependencies' arrows. Hidden from screen readers:
 * the rows' names beside it say the same in words, and the table below lists it all.
 */
export function TimelineSvg({
  rows,
  scale,
  arrows,
  unDrawn,
  projectId,
  today,
  activeRow,
  t,
  language,
  ids,
  onOpen,
}: SvgProps) {
  const notes = rowNotes(rows, unDrawn, projectId, t, language);
  const width = chartWidth(rows, scale, notes);
  const bodyBottom = HEADER_HEIGHT + rows.length * ROW_HEIGHT;
  const height = bodyBottom + FOOTER_HEIGHT;
  const now = todayX(scale, today);
  return (
    <svg
      className="timeline-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <ChartDefs ids={ids} />
      {rows.map((row, index) => (
        <rect
          key={`band-${row.key}`}
          x={0}
          y={HEADER_HEIGHT + index * ROW_HEIGHT}
          width={width}
          height={ROW_HEIGHT}
          className={[
            'timeline-band',
            row.kind !== 'task' ? 'timeline-band--milestone' : '',
            row.kind === 'task' && row.overdue ? 'timeline-band--late' : '',
            index === activeRow ? 'timeline-band--active' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
      ))}
      {scale.ticks.map((tick) => (
        <g key={tick.date} className="timeline-tick">
          <line x1={tick.x} x2={tick.x} y1={tick.yearLabel || tick.kind === 'year' ? 4 : 24} y2={bodyBottom} />
          {tick.yearLabel ? (
            <text x={tick.x + 4} y={17} className="timeline-tick__year">
              {tick.yearLabel}
            </text>
          ) : null}
          <text x={tick.x + 4} y={38} className={tick.kind === 'year' ? 'timeline-tick__year' : undefined}>
            {tickLabel(tick, language)}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={HEADER_HEIGHT - 0.5} y2={HEADER_HEIGHT - 0.5} className="timeline-axis" />
      {/* Under the bars and notes, so it never crosses out a word. */}
      {now !== null ? (
        <g className="timeline-today">
          <line x1={now} x2={now} y1={HEADER_HEIGHT - 6} y2={bodyBottom + 6} />
          <text x={Math.min(Math.max(now, 24), width - 24)} y={bodyBottom + 20} textAnchor="middle">
            {t('projects.timeline.today')}
          </text>
        </g>
      ) : null}
      {rows.map((row, index) => {
        const middle = rowMiddle(index);
        const note = notes[index];
        if (row.kind === 'group') return null;
        if (row.kind === 'milestone') {
          const { date, baselineDate } = row.milestone;
          const x = scale.x(date) + scale.dayWidth / 2;
          const base = baselineDate && row.slipDays ? scale.x(baselineDate) + scale.dayWidth / 2 : null;
          const state = row.reached ? 'reached' : row.overdue ? 'late' : 'open';
          return (
            <g key={row.key}>
              {base !== null ? (
                <>
                  <line x1={base} x2={x} y1={middle} y2={middle} className="timeline-slip" />
                  <Diamond x={base} y={middle} className="timeline-diamond timeline-diamond--baseline" />
                </>
              ) : null}
              <Diamond x={x} y={middle} className={`timeline-diamond timeline-diamond--${state}`} />
              {row.reached ? (
                <path d={`M${x - 4} ${middle}l3 3l5 -6`} className="timeline-bar__tick" fill="none" strokeWidth="2" />
              ) : null}
              {row.overdue ? <LateMark x={Math.max(x, base ?? x) + DIAMOND + 4} y={middle} /> : null}
              {note ? (
                <text
                  x={noteX(row, scale)}
                  y={middle + 4}
                  className={row.overdue ? 'timeline-note timeline-note--late' : 'timeline-note'}
                >
                  {note}
                </text>
              ) : null}
            </g>
          );
        }
        const bar = barOf(row.task, scale);
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: the pointer's shortcut; the row's link beside the chart is the keyboard's way
          <g key={row.key} className="timeline-row" onClick={() => onOpen(row.task.id)}>
            {bar ? <StateBar state={row.task.state} bar={bar} y={middle - BAR_HEIGHT / 2} ids={ids} /> : null}
            {bar && row.overdue ? <LateMark x={bar.x2 + 4} y={middle} /> : null}
            {note ? (
              <text
                x={noteX(row, scale)}
                y={middle + 4}
                className={row.overdue ? 'timeline-note timeline-note--late' : 'timeline-note'}
              >
                {note}
              </text>
            ) : null}
          </g>
        );
      })}
      {arrows.map((arrow) => (
        <path
          key={arrow.key}
          d={arrow.path}
          className={arrow.conflict ? 'timeline-arrow timeline-arrow--conflict' : 'timeline-arrow'}
          markerEnd={`url(#${arrow.conflict ? ids.conflict : ids.arrow})`}
          data-from={arrow.fromId}
          data-to={arrow.toId}
        />
      ))}
    </svg>
  );
}
