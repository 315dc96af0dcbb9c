// The timeline's zoom lives in the address, so a timeline sent to a colleague opens at the same scale.

export const ZOOMS = ['month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

/**
 * Days the visible part of the chart shows at each zoom, whatever its width: three months, three
 * quarters, two years. A shorter plan fills the view.
 */
export const VISIBLE_DAYS: Record<Zoom, number> = { month: 92, quarter: 275, year: 730 };

export interface TimelineSearch {
  zoom?: Zoom | undefined;
}

/** Accepts from the address only a zoom the timeline knows. */
export function parseTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const zoom = search.zoom;
  return { zoom: typeof zoom === 'string' && (ZOOMS as readonly string[]).includes(zoom) ? (zoom as Zoom) : undefined };
}

/** Below this, a narrow view would squeeze the bars into slivers: it scrolls instead. */
const MIN_PIXELS_PER_DAY: Record<Zoom, number> = { month: 3, quarter: 1, year: 0.35 };

/** Pixels of one day at a zoom in a view `view` pixels wide. */
export function pixelsPerDay(zoom: Zoom, view: number): number {
  return Math.max(view / VISIBLE_DAYS[zoom], MIN_PIXELS_PER_DAY[zoom]);
}

/** Views narrower than this (a phone) open at months and scroll, rather than shrink the plan. */
const NARROW_VIEW = 480;

/**
 * The zoom a timeline opens at without one in the address: the finest that shows a plan of `days`
 * whole, months in a narrow view.
 */
export function fittingZoom(days: number, view = 0): Zoom {
  if (view > 0 && view < NARROW_VIEW) return 'month';
  return ZOOMS.find((zoom) => days <= VISIBLE_DAYS[zoom]) ?? 'year';
}
