import { describe, expect, it } from 'vitest';
import { anInput, tasks } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import type { HealthTask } from '../types.ts';
import { forecast } from './forecast.ts';

// One task a week over the last four weeks and 10 open: the forecast end is 2025-08-25.
const steady = (): HealthTask[] => [...tasks(4, { doneOn: '2025-06-02' }), ...tasks(10)];

describe('forecast', () => {
  it('reports the days the forecast end lies after the project’s end date', () => {
    expect(forecast(anInput({ tasks: steady(), project: { endDate: '2025-08-18' } }), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'forecast', level: 'amber', value: 7, threshold: 7, unit: 'days' },
    ]);
    expect(forecast(anInput({ tasks: steady(), project: { endDate: '2025-07-28' } }), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'forecast', level: 'red', value: 28, threshold: 28, unit: 'days' },
    ]);
  });

  it('is silent when the forecast is less than a week late or early', () => {
    expect(forecast(anInput({ tasks: steady(), project: { endDate: '2025-08-19' } }), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(forecast(anInput({ tasks: steady(), project: { endDate: '2025-12-31' } }), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('reports "no forecast" with the open tasks when nothing was done in four weeks', () => {
    const stalled = (open: number) => anInput({ tasks: tasks(open), project: { endDate: '2025-12-31' } });
    expect(forecast(stalled(3), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'forecast-none', level: 'amber', value: 3, threshold: 1, unit: 'tasks' },
    ]);
    expect(forecast(stalled(10), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'forecast-none', level: 'red', value: 10, threshold: 10, unit: 'tasks' },
    ]);
  });

  it('says nothing of a stalled plan during the project’s first week on the platform', () => {
    const entered = (createdOn: string) =>
      anInput({ tasks: tasks(3), project: { endDate: '2025-12-31', startDate: '2025-01-01', createdOn } });
    const today = anInput({}).today;
    const daysBefore = (n: number) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);
    expect(forecast(entered(daysBefore(0)), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(forecast(entered(daysBefore(6)), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(forecast(entered(daysBefore(7)), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'forecast-none', level: 'amber', value: 3, threshold: 1, unit: 'tasks' },
    ]);
  });

  it('is silent without an end date, when all tasks are done, and with no tasks', () => {
    expect(forecast(anInput({ tasks: tasks(5) }), DEFAULT_THRESHOLDS)).toEqual([]);
    const allDone = tasks(5, { doneOn: '2025-02-01' });
    expect(forecast(anInput({ tasks: allDone, project: { endDate: '2025-01-01' } }), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(forecast(anInput({ project: { endDate: '2025-01-01' } }), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('uses the workspace’s window', () => {
    // Over eight weeks, the same four tasks are half a task a week: 10 open tasks take 140 days.
    const thresholds = { ...DEFAULT_THRESHOLDS, forecast: { ...DEFAULT_THRESHOLDS.forecast, windowWeeks: 8 } };
    const input = anInput({ tasks: steady(), project: { endDate: '2025-08-25' } });
    expect(forecast(input, thresholds)).toEqual([
      { signal: 'forecast', level: 'red', value: 70, threshold: 28, unit: 'days' },
    ]);
  });
});
