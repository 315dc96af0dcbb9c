import { Link } from '@tanstack/react-router';
import { type CSSProperties, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../../ui/content-language.ts';
import { formatDay } from '../calendar-dates.ts';
import { dateSpan, type TimeScale, tickLabel, timeScale, todayX } from '../timeline/time-scale.ts';
import { LevelWord } from './level-word.tsx';
import { useMilestoneWords } from './milestone-words.ts';
import { firstFocus, nearestIndex, type TimelineMilestone, type TimelineRow, timelineDates } from './timeline-rows.ts';

/** Days shown before the first and after the last date, so that no diamond sits on the edge. */
const PAD_DAYS = 10;

interface Place {
  row: number;
  col: number;
}

/**
 * The milestones of every project on one time axis: a row per project, each milestone a diamond at its
 * date (its baseline's date a hollow one, joined by the slip), today as a line. Each milestone is a link
 * to its project named in words (date, slip, state), shown on hover and focus; the keyboard reaches one
 * milestone per row with Tab and moves with the arrow keys, Home and End.
 */
export function MilestoneTimeline({ rows, today }: { rows: readonly TimelineRow[]; today: string }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const axis = useRef<HTMLDivElement>(null);
  const width = useWidth(axis);
  const span = dateSpan(timelineDates(rows, today), PAD_DAYS, today);
  const scale = timeScale(span.from, span.to, Math.max(width, 1));
  const todayAt = todayX(scale, today);
  const [active, setActive] = useState<Place>(() => ({ row: 0, col: rows[0] ? firstFocus(rows[0]) : 0 }));
  const links = useRef(new Map<string, HTMLAnchorElement>());
  const current = clamp(active, rows);

  function moveTo(place: Place) {
    setActive(place);
    links.current.get(`${place.row}:${place.col}`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent, place: Place, milestone: TimelineMilestone) {
    const row = rows[place.row];
    if (!row) return;
    const last = row.milestones.length - 1;
    const other = (index: number) => {
      const target = rows[index];
      return target ? { row: index, col: nearestIndex(target, milestone.date) } : null;
    };
    const next: Place | null =
      {
        ArrowRight: { row: place.row, col: Math.min(last, place.col + 1) },
        ArrowLeft: { row: place.row, col: Math.max(0, place.col - 1) },
        Home: { row: place.row, col: 0 },
        End: { row: place.row, col: last },
        ArrowDown: other(place.row + 1),
        ArrowUp: other(place.row - 1),
      }[event.key] ?? null;
    if (event.key in { ArrowRight: 1, ArrowLeft: 1, Home: 1, End: 1, ArrowDown: 1, ArrowUp: 1 }) {
      event.preventDefault();
      if (next) moveTo(next);
    }
  }

  return (
    <div className="timeline">
      <div className="timeline__head" aria-hidden="true">
        <div className="timeline__corner" />
        <div className="timeline__axis" ref={axis}>
          {width > 1 ? <Axis scale={scale} language={i18n.language} todayAt={todayAt} /> : null}
        </div>
      </div>
      <ul className="plain-list timeline__rows" aria-label={t('portfolio.timeline.rowsLabel')}>
        {rows.map((row, r) => (
          <li className="timeline__row" key={row.project.id}>
            <div className="timeline__project">
              <Link className="kern-link timeline__name" to="/projects/$id" params={{ id: row.project.id }} lang={lang}>
                {row.project.name}
              </Link>
              <LevelWord level={row.project.override ?? row.project.level} />
            </div>
            <div className="timeline__track">
              {width > 1 ? (
                <>
                  <Grid scale={scale} todayAt={todayAt} />
                  {row.milestones.map((m) =>
                    m.baselineDate && m.slip ? <Slip key={m.id} scale={scale} milestone={m} /> : null,
                  )}
                </>
              ) : null}
              <ul
                className="plain-list timeline__milestones"
                aria-label={t('portfolio.timeline.milestonesOf', { name: row.project.name })}
              >
                {row.milestones.map((m, c) => (
                  <li key={m.id}>
                    <MilestoneLink
                      milestone={m}
                      projectId={row.project.id}
                      left={width > 1 ? scale.x(m.date) + scale.dayWidth / 2 : null}
                      right={width > 1 && scale.x(m.date) > scale.width / 2}
                      width={scale.width}
                      tabbable={current.row === r && current.col === c}
                      lang={lang}
                      linkRef={(node) => {
                        if (node) links.current.set(`${r}:${c}`, node);
                        else links.current.delete(`${r}:${c}`);
                      }}
                      onFocus={() => setActive({ row: r, col: c })}
                      onKeyDown={(event) => onKeyDown(event, { row: r, col: c }, m)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
      <Legend today={today} />
    </div>
  );
}

/** The place the keyboard reaches, kept inside the rows when they change under it. */
function clamp(place: Place, rows: readonly TimelineRow[]): Place {
  const row = Math.min(place.row, rows.length - 1);
  const count = rows[row]?.milestones.length ?? 0;
  if (row < 0 || count === 0) return { row: 0, col: 0 };
  return { row, col: Math.min(place.col, count - 1) };
}

/** The width of an element, followed as the window changes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function Axis({ scale, language, todayAt }: { scale: TimeScale; language: string; todayAt: number | null }) {
  const { t } = useTranslation();
  return (
    <>
      {scale.ticks.map((tick) => (
        <span className="timeline__tick" key={tick.date} style={{ left: `${tick.x}px` }}>
          <span className="timeline__tick-label">{tickLabel(tick, language)}</span>
          {tick.yearLabel ? <span className="timeline__tick-year">{tick.yearLabel}</span> : null}
        </span>
      ))}
      {todayAt !== null ? (
        <span
          className={`timeline__today-label${todayAt > scale.width - 48 ? ' timeline__today-label--end' : ''}`}
          style={{ left: `${todayAt}px` }}
        >
          {t('portfolio.timeline.today')}
        </span>
      ) : null}
    </>
  );
}

/** The month lines and today's line behind a row's milestones. */
function Grid({ scale, todayAt }: { scale: TimeScale; todayAt: number | null }) {
  return (
    <div className="timeline__grid" aria-hidden="true">
      {scale.ticks.map((tick) => (
        <span className="timeline__gridline" key={tick.date} style={{ left: `${tick.x}px` }} />
      ))}
      {todayAt !== null ? <span className="timeline__today" style={{ left: `${todayAt}px` }} /> : null}
    </div>
  );
}

/** A milestone's date in its baseline as a hollow diamond, joined to where it lies now. */
function Slip({ scale, milestone }: { scale: TimeScale; milestone: TimelineMilestone }) {
  const planned = scale.x(milestone.baselineDate ?? milestone.date) + scale.dayWidth / 2;
  const now = scale.x(milestone.date) + scale.dayWidth / 2;
  const late = (milestone.slip ?? 0) > 0;
  return (
    <div className="timeline__slip-layer" aria-hidden="true">
      <span
        className={`timeline__slip${late ? ' timeline__slip--late' : ' timeline__slip--early'}`}
        style={{ left: `${Math.min(planned, now)}px`, width: `${Math.abs(now - planned)}px` }}
      />
      <span className="timeline__baseline" style={{ left: `${planned}px` }} />
      <span
        className={`timeline__slip-figure${late ? '' : ' timeline__slip-figure--early'}`}
        style={{ left: `${now}px` }}
      >
        {late ? `+${milestone.slip}` : milestone.slip}
      </span>
    </div>
  );
}

function MilestoneLink({
  milestone,
  projectId,
  left,
  right,
  width,
  tabbable,
  lang,
  linkRef,
  onFocus,
  onKeyDown,
}: {
  milestone: TimelineMilestone;
  projectId: string;
  left: number | null;
  right: boolean;
  width: number;
  tabbable: boolean;
  lang: string | undefined;
  linkRef: (node: HTMLAnchorElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}) {
  const words = useMilestoneWords();
  return (
    <Link
      ref={linkRef}
      to="/projects/$id"
      params={{ id: projectId }}
      className={`timeline__milestone timeline__milestone--${milestone.state}${right ? ' timeline__milestone--right' : ''}`}
      style={
        left === null
          ? { visibility: 'hidden' }
          : // The words open towards the wider side and never wider than the track leaves them.
            ({
              left: `${left}px`,
              '--tip-room': `${Math.max(160, right ? left + 12 : width - left + 12)}px`,
            } as CSSProperties)
      }
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <span className="timeline__diamond" aria-hidden="true" />
      <span className="timeline__tip">
        <span lang={lang}>{milestone.name}</span>
        {': '}
        {words.summary(milestone)}
      </span>
    </Link>
  );
}

function Legend({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="plain-list timeline__legend" aria-label={t('portfolio.timeline.legend')}>
      {(['open', 'done', 'late'] as const).map((state) => (
        <li key={state}>
          <span className={`timeline__key timeline__key--${state}`} aria-hidden="true" />
          {t(`portfolio.milestone.${state}`)}
        </li>
      ))}
      <li>
        <span className="timeline__key timeline__key--baseline" aria-hidden="true" />
        {t('portfolio.timeline.baseline')}
      </li>
      <li>
        <span className="timeline__key timeline__key--today" aria-hidden="true" />
        {t('portfolio.timeline.todayLine', { date: formatDay(today, i18n.language) })}
      </li>
    </ul>
  );
}
