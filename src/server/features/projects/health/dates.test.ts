import { describe, expect, it } from 'vitest';
import { addDays, calendarDayOf, dayNumber, daysBetween, latestDay } from './dates.ts';

describe('calendar days', () => {
  it('counts the leap day of a leap year and none in other years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('counts whole days across a daylight-saving switch, whatever the server’s time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Europe/Berlin', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
        expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
        expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('counts backwards as negative and across the year end', () => {
    expect(daysBetween('2025-01-05', '2024-12-31')).toBe(-5);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('refuses what is not a calendar day instead of rolling it over', () => {
    for (const bad of ['2023-02-29', '2025-13-01', '2025-04-31', '2025-6-1', '2025-06-16T00:00:00Z', '']) {
      expect(() => dayNumber(bad), bad).toThrow(RangeError);
    }
    expect(dayNumber('2024-02-29')).toBe(daysBetween('1970-01-01', '2024-02-29'));
  });

  it('picks the latest of several days, ignoring missing ones', () => {
    expect(latestDay('2025-06-02', null, '2025-06-10', undefined)).toBe('2025-06-10');
    expect(latestDay(null, null)).toBeNull();
  });

  it('takes a stored instant as the day it was in the given time zone', () => {
    const halfPastMidnightInBerlin = new Date('2025-06-15T22:30:00Z');
    expect(calendarDayOf(halfPastMidnightInBerlin, 'Europe/Berlin')).toBe('2025-06-16');
    expect(calendarDayOf(halfPastMidnightInBerlin, 'UTC')).toBe('2025-06-15');
    expect(calendarDayOf(new Date('2024-02-28T23:30:00Z'), 'Europe/Berlin')).toBe('2024-02-29');
  });
});
