// The timeline's zoom lives in the address, so a timeline sent to a colleague opens at the same scale.

export const ZOOMS = ['month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** Pixels of one day at each zoom: a month about 180 px wide, a quarter about 180 px, a year about 220 px. */
export const PIXELS_PER_DAY: Record<Zoom, number> = { month: 6, quarter: 2, year: 0.6 };

export interface TimelineSearch {
  zoom?: Zoom | undefined;
}

/** Accepts from the address only a zoom the timeline knows. */
export function parseTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const zoom = search.zoom;
  return { zoom: typeof zoom === 'string' && (ZOOMS as readonly string[]).includes(zoom) ? (zoom as Zoom) : undefined };
}
