import { describe, expect, it } from 'vitest';
import { parseTimelineSearch } from './timeline-search.ts';

describe('timeline address', () => {
  it('keeps a known zoom and drops anything else', () => {
    expect(parseTimelineSearch({ zoom: 'quarter' })).toEqual({ zoom: 'quarter' });
    expect(parseTimelineSearch({ zoom: 'decade' })).toEqual({ zoom: undefined });
    expect(parseTimelineSearch({ zoom: ['year'] })).toEqual({ zoom: undefined });
    expect(parseTimelineSearch({})).toEqual({ zoom: undefined });
  });
});
