import { describe, expect, it } from 'vitest';
import { anInput, TODAY, tasks } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import { planProgress } from './plan-progress.ts';

const due = (open: number, done: number, dueDate = '2025-06-10') => [
  ...tasks(open, { dueDate }),
  ...tasks(done, { dueDate, doneOn: dueDate }),
];

describe('plan-progress', () => {
  it('reports the share of tasks due by today that are not done', () => {
    expect(planProgress(anInput({ tasks: due(3, 7) }), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'plan-progress', level: 'amber', value: 0.3, threshold: 0.2, unit: 'share' },
    ]);
    expect(planProgress(anInput({ tasks: due(2, 3) }), DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'plan-progress', level: 'red', value: 0.4, threshold: 0.4, unit: 'share' },
    ]);
  });

  it('is amber at exactly a fifth and silent below it', () => {
    expect(planProgress(anInput({ tasks: due(1, 4) }), DEFAULT_THRESHOLDS).map((r) => r.level)).toEqual(['amber']);
    expect(planProgress(anInput({ tasks: due(1, 5) }), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('counts a task due today as planned done by today', () => {
    expect(planProgress(anInput({ tasks: due(5, 0, TODAY) }), DEFAULT_THRESHOLDS).map((r) => r.value)).toEqual([1]);
  });

  it('ignores tasks due later or without a due date', () => {
    const input = anInput({ tasks: [...due(1, 4), ...tasks(10, { dueDate: '2025-06-17' }), ...tasks(10)] });
    expect(planProgress(input, DEFAULT_THRESHOLDS).map((r) => r.value)).toEqual([0.2]);
  });

  it('is silent with fewer than five tasks due, with no tasks, and when all due tasks are done', () => {
    expect(planProgress(anInput({ tasks: due(4, 0) }), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(planProgress(anInput(), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(planProgress(anInput({ tasks: due(0, 12) }), DEFAULT_THRESHOLDS)).toEqual([]);
  });
});
