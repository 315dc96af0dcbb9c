import { describe, expect, it } from 'vitest';
import { forecastEnd } from './forecast.ts';
import { TODAY, tasks } from './health-fixtures.ts';

const options = { today: TODAY, startedOn: '2025-01-06', windowWeeks: 4 };

describe('forecastEnd', () => {
  it('extrapolates the pace of the last four weeks to the open tasks', () => {
    // 4 done in 4 weeks is one a week; 10 open tasks take 70 days from today.
    const history = [...tasks(4, { doneOn: '2025-06-02' }), ...tasks(10), ...tasks(30, { doneOn: '2025-03-01' })];
    expect(forecastEnd(history, options)).toEqual({ kind: 'date', date: '2025-08-25', openTasks: 10, perWeek: 1 });
  });

  it('counts today and the 27 days before it as the window, not the 28th day back', () => {
    const inWindow = [...tasks(1, { doneOn: '2025-05-20' }), ...tasks(1, { doneOn: TODAY }), ...tasks(1)];
    expect(forecastEnd(inWindow, options)).toMatchObject({ kind: 'date', perWeek: 0.5 });
    const outside = [...tasks(1, { doneOn: '2025-05-19' }), ...tasks(1)];
    expect(forecastEnd(outside, options)).toEqual({ kind: 'none', openTasks: 1 });
  });

  it('has no forecast, rather than an endless one, when nothing was done recently', () => {
    expect(forecastEnd(tasks(3), options)).toEqual({ kind: 'none', openTasks: 3 });
  });

  it('is done when no task is open, also with no tasks at all', () => {
    expect(forecastEnd(tasks(2, { doneOn: '2025-01-10' }), options)).toEqual({ kind: 'done' });
    expect(forecastEnd([], options)).toEqual({ kind: 'done' });
  });

  it('measures a project younger than the window over its own age, but at least a week', () => {
    const twoWeeksOld = { ...options, startedOn: '2025-06-02' };
    const history = [...tasks(2, { doneOn: '2025-06-10' }), ...tasks(3)];
    expect(forecastEnd(history, twoWeeksOld)).toEqual({ kind: 'date', date: '2025-07-07', openTasks: 3, perWeek: 1 });
    const twoDaysOld = { ...options, startedOn: '2025-06-14' };
    const firstDays = [...tasks(2, { doneOn: TODAY }), ...tasks(4)];
    expect(forecastEnd(firstDays, twoDaysOld)).toEqual({ kind: 'date', date: '2025-06-30', openTasks: 4, perWeek: 2 });
  });

  it('does not count tasks marked done on a day still to come', () => {
    expect(forecastEnd([...tasks(1, { doneOn: '2025-06-20' }), ...tasks(1)], options)).toEqual({
      kind: 'none',
      openTasks: 1,
    });
  });
});
