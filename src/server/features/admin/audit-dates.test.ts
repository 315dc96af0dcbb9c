import { describe, expect, it } from 'vitest';
import { localDateTime, startOfLocalDay } from './audit-dates.ts';

describe('startOfLocalDay', () => {
  it('is local midnight in winter and in summer', () => {
    expect(startOfLocalDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('counts days on, across the changes of summer time and the end of a month', () => {
    // Summer time begins on 29 March 2026 at 02:00 and ends on 25 October 2026 at 03:00.
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-29', 1).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-25', 1).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(startOfLocalDay('2026-12-31', 1).toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('takes early years as they are written', () => {
    expect(startOfLocalDay('0099-06-01').getUTCFullYear()).toBe(99);
  });
});

describe('localDateTime', () => {
  it('writes local time as Excel reads it', () => {
    expect(localDateTime(new Date('2026-07-01T12:34:56.789Z'))).toBe('2026-07-01 14:34:56');
    expect(localDateTime(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01 00:30:00');
  });
});
