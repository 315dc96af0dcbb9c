import { describe, expect, it } from 'vitest';
import { fittingZoom, parseTimelineSearch, pixelsPerDay } from './timeline-search.ts';

describe('timeline address', () => {
  it('keeps a known zoom and drops anything else', () => {
    expect(parseTimelineSearch({ zoom: 'quarter' })).toEqual({ zoom: 'quarter' });
    expect(parseTimelineSearch({ zoom: 'decade' })).toEqual({ zoom: undefined });
    expect(parseTimelineSearch({ zoom: ['year'] })).toEqual({ zoom: undefined });
    expect(parseTimelineSearch({})).toEqual({ zoom: undefined });
  });

  it('opens at the finest zoom that shows the whole plan', () => {
    expect(fittingZoom(60)).toBe('month');
    expect(fittingZoom(92)).toBe('month');
    expect(fittingZoom(123)).toBe('quarter');
    expect(fittingZoom(700)).toBe('year');
    expect(fittingZoom(3000)).toBe('year');
    // A phone scrolls through months rather than squeeze the plan.
    expect(fittingZoom(700, 160)).toBe('month');
    expect(fittingZoom(700, 900)).toBe('year');
  });

  it('gives a day its pixels: the zoom’s span fills the view, but never below a readable minimum', () => {
    expect(pixelsPerDay('month', 920)).toBe(10);
    expect(pixelsPerDay('month', 160)).toBe(3);
    expect(pixelsPerDay('year', 730)).toBe(1);
    expect(pixelsPerDay('year', 100)).toBe(0.35);
  });
});
