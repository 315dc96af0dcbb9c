import { describe, expect, it } from 'vitest';
import { digestWindows } from './digest-schedule.ts';

describe('digestWindows', () => {
  it('starts the day at 7:00 in Berlin, in winter and in summer', () => {
    // Wednesday 10 December 2025, 9:30 in Berlin (UTC+1).
    expect(digestWindows(new Date('2025-12-10T08:30:00Z'))).toEqual({
      day: new Date('2025-12-10T06:00:00Z'),
      week: new Date('2025-12-08T06:00:00Z'),
    });
    // Thursday 3 July 2025, 8:00 in Berlin (UTC+2).
    expect(digestWindows(new Date('2025-07-03T06:00:00Z')).day).toEqual(new Date('2025-07-03T05:00:00Z'));
  });

  it('counts the hours before 7:00 to the day before, and a Monday morning to the week before', () => {
    // Monday 8 December 2025, 6:59 in Berlin.
    expect(digestWindows(new Date('2025-12-08T05:59:00Z'))).toEqual({
      day: new Date('2025-12-07T06:00:00Z'),
      week: new Date('2025-12-01T06:00:00Z'),
    });
    // Monday 8 December 2025, 7:00 in Berlin: the new week begins.
    expect(digestWindows(new Date('2025-12-08T06:00:00Z')).week).toEqual(new Date('2025-12-08T06:00:00Z'));
    // Sunday 7 December 2025, 23:00 in Berlin.
    expect(digestWindows(new Date('2025-12-07T22:00:00Z')).week).toEqual(new Date('2025-12-01T06:00:00Z'));
  });

  it('keeps 7:00 on the days the clocks change', () => {
    // Sunday 30 March 2025 (summer time from 2:00), Sunday 26 October 2025 (winter time from 3:00).
    expect(digestWindows(new Date('2025-03-30T10:00:00Z')).day).toEqual(new Date('2025-03-30T05:00:00Z'));
    expect(digestWindows(new Date('2025-10-26T10:00:00Z')).day).toEqual(new Date('2025-10-26T06:00:00Z'));
  });
});
