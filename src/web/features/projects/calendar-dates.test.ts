import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, isOverdue, todayIso } from './calendar-dates.ts';

describe('calendar days', () => {
  it('writes a due date as the same day in every time zone and language', () => {
    expect(formatDay('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDay('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatDay(null, 'de')).toBe('–');
    expect(formatDay('kaputt', 'de')).toBe('–');
  });

  it('counts days across months and a leap day', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-03-15', '2026-03-01')).toBe(-14);
  });

  it('takes today from the reader’s own calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('calls an open task overdue from the day after its due date, a done one never', () => {
    const due = { dueDate: '2026-03-10', state: 'todo' };
    expect(isOverdue(due, '2026-03-10')).toBe(false);
    expect(isOverdue(due, '2026-03-11')).toBe(true);
    expect(isOverdue({ ...due, state: 'done' }, '2026-04-01')).toBe(false);
    expect(isOverdue({ dueDate: null, state: 'todo' }, '2026-04-01')).toBe(false);
  });
});
