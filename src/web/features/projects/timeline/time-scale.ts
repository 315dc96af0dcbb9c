// A horizontal scale over calendar days ('YYYY-MM-DD') for the timelines: where a day lies in
// pixels, and which ticks (months, quarters or years) fit without their labels overlapping. Days
// are counted as UTC days, so no time zone moves a date to its neighbour.
import { todayIso } from '../calendar-dates.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export type TickKind = 'month' | 'quarter' | 'year';

/** A label in both interface languages; the chart picks one with `tickLabel`. */
export interface TickLabel {
  de: string;
  en: string;
}

export interface Tick {
  /** The first day of the month, quarter or year. */
  date: string;
  x: number;
  kind: TickKind;
  /** Short: "Mär"/"Mar", "Q2", "2026". */
  label: TickLabel;
  /** The year, on the first tick and on each tick that starts a year (none on year ticks). */
  yearLabel?: string;
}

export interface TimeScale {
  from: string;
  to: string;
  width: number;
  /** Days shown, `from` and `to` included. */
  days: number;
  /** Pixels of one day. */
  dayWidth: number;
  /** The left edge of a day (outside the span it lies left of 0 or right of `width`). */
  x(date: string): number;
  /** The right edge of a day: a bar that ends on `date` ends here. */
  xEnd(date: string): number;
  /** The day at a pixel, clamped to the span. */
  dateAt(x: number): string;
  ticks: Tick[];
}

/** Pixels a tick needs at least between itself and the next one, so that short labels do not touch. */
export const MIN_TICK_SPACING = 36;

const MONTHS_DE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day as days since 1970-01-01 (UTC); NaN when it is not a day. */
export function dayNumber(date: string): number {
  const match = DAY.exec(date);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The calendar day of a day number. */
export function dayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A calendar day moved by a number of days. */
export function addDays(date: string, days: number): string {
  return dayOf(dayNumber(date) + days);
}

function monthStart(year: number, month: number): string {
  // Date.UTC carries months past December into the next year.
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

function parts(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) - 1 };
}

/**
 * A scale from `from` to `to` (both shown whole) over `width` pixels, with the finest ticks whose
 * spacing is at least MIN_TICK_SPACING: months, else quarters, else years (every 1, 2, 5 or 10).
 * `to` before `from` is taken as the single day `from`.
 */
export function timeScale(from: string, to: string, width: number): TimeScale {
  const start = dayNumber(from);
  if (Number.isNaN(start)) throw new RangeError(`not a calendar day: ${from}`);
  let end = dayNumber(to);
  if (Number.isNaN(end)) throw new RangeError(`not a calendar day: ${to}`);
  if (end < start) end = start;
  const days = end - start + 1;
  const dayWidth = width / days;
  const x = (date: string) => (dayNumber(date) - start) * dayWidth;
  const scale: TimeScale = {
    from,
    to: dayOf(end),
    width,
    days,
    dayWidth,
    x,
    xEnd: (date) => x(date) + dayWidth,
    dateAt: (px) => dayOf(start + Math.min(days - 1, Math.max(0, Math.floor(px / dayWidth)))),
    ticks: [],
  };
  scale.ticks = ticksOf(scale, start, end);
  return scale;
}

function ticksOf(scale: TimeScale, start: number, end: number): Tick[] {
  const { dayWidth } = scale;
  // The shortest month has 28 days, the shortest quarter 90, the shortest year 365.
  if (28 * dayWidth >= MIN_TICK_SPACING) return monthTicks(scale, start, end, 1, 'month');
  if (90 * dayWidth >= MIN_TICK_SPACING) return monthTicks(scale, start, end, 3, 'quarter');
  const step = [1, 2, 5, 10, 20, 50, 100].find((years) => 365 * years * dayWidth >= MIN_TICK_SPACING) ?? 100;
  return yearTicks(scale, start, end, step);
}

function monthTicks(scale: TimeScale, start: number, end: number, months: number, kind: TickKind): Tick[] {
  const first = parts(dayOf(start));
  let year = first.year;
  // The first month (or quarter) starting on or after `from`.
  let month = Math.ceil(first.month / months) * months;
  if (dayNumber(monthStart(year, month)) < start) month += months;
  const ticks: Tick[] = [];
  for (;;) {
    const date = monthStart(year, month);
    if (dayNumber(date) > end) break;
    const { year: y, month: m } = parts(date);
    const label =
      kind === 'month'
        ? { de: MONTHS_DE[m] ?? '', en: MONTHS_EN[m] ?? '' }
        : { de: `Q${m / 3 + 1}`, en: `Q${m / 3 + 1}` };
    const tick: Tick = { date, x: scale.x(date), kind, label };
    if (ticks.length === 0 || m === 0) tick.yearLabel = String(y);
    ticks.push(tick);
    year = y;
    month = m + months;
  }
  return ticks;
}

function yearTicks(scale: TimeScale, start: number, end: number, step: number): Tick[] {
  const ticks: Tick[] = [];
  let year = Math.ceil(parts(dayOf(start)).year / step) * step;
  if (dayNumber(monthStart(year, 0)) < start) year += step;
  for (; dayNumber(monthStart(year, 0)) <= end; year += step) {
    const date = monthStart(year, 0);
    ticks.push({ date, x: scale.x(date), kind: 'year', label: { de: String(year), en: String(year) } });
  }
  return ticks;
}

/** A tick's label in the interface language. */
export function tickLabel(tick: Pick<Tick, 'label'>, language: string): string {
  return language.startsWith('en') ? tick.label.en : tick.label.de;
}

/** Where today's line goes, or null when today lies outside the scale. */
export function todayX(scale: TimeScale, today: string): number | null {
  const day = dayNumber(today);
  if (Number.isNaN(day) || day < dayNumber(scale.from) || day > dayNumber(scale.to)) return null;
  // The middle of the day: the line stands inside today's column, not on yesterday's edge.
  return scale.x(today) + scale.dayWidth / 2;
}

/**
 * The span a timeline of these dates shows: from the first of the month of the earliest date less
 * `padDays` to the last day of the month of the latest date plus `padDays`. Without any valid date,
 * the quarter `today` lies in.
 */
export function dateSpan(
  dates: readonly (string | null | undefined)[],
  padDays = 7,
  today?: string,
): {
  from: string;
  to: string;
} {
  const days = dates
    .filter((d): d is string => typeof d === 'string')
    .map(dayNumber)
    .filter((d) => !Number.isNaN(d));
  if (days.length === 0) {
    const { year, month } = parts(today ?? todayIso());
    const first = month - (month % 3);
    return { from: monthStart(year, first), to: addDays(monthStart(year, first + 3), -1) };
  }
  const low = parts(dayOf(Math.min(...days) - padDays));
  const high = parts(dayOf(Math.max(...days) + padDays));
  return { from: monthStart(low.year, low.month), to: addDays(monthStart(high.year, high.month + 1), -1) };
}

/** The width that gives each day `pixelsPerDay`, at least `minWidth` (the chart's zoom). */
export function widthFor(from: string, to: string, pixelsPerDay: number, minWidth = 0): number {
  const days = Math.max(1, dayNumber(to) - dayNumber(from) + 1);
  return Math.max(minWidth, Math.round(days * pixelsPerDay));
}

/**
 * A span widened to whole quarters or years (a coarser zoom shows the plan in its calendar); months
 * leave it as it is.
 */
export function snapSpan(span: { from: string; to: string }, unit: 'month' | 'quarter' | 'year') {
  if (unit === 'month') return span;
  const months = unit === 'quarter' ? 3 : 12;
  const from = parts(span.from);
  const to = parts(span.to);
  const first = from.month - (from.month % months);
  const last = to.month - (to.month % months) + months;
  return { from: monthStart(from.year, first), to: addDays(monthStart(to.year, last), -1) };
}
