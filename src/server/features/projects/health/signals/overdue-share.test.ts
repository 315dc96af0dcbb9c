import { describe, expect, it } from 'vitest';
import { anInput, TODAY, tasks } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import { overdueShare } from './overdue-share.ts';

describe('overdue-share', () => {
  it('reports the share of open tasks whose due date has passed', () => {
    const input = anInput({
      tasks: [...tasks(1, { dueDate: '2025-06-13' }), ...tasks(3, { dueDate: '2025-07-01' })],
    });
    expect(overdueShare(input, DEFAULT_THRESHOLDS)).toEqual([
      { signal: 'overdue-share', level: 'amber', value: 0.25, threshold: 0.15, unit: 'share' },
    ]);
  });

  it('is red at exactly 0.3 and amber at exactly 0.15', () => {
    const share = (overdue: number, open: number) =>
      overdueShare(
        anInput({ tasks: [...tasks(overdue, { dueDate: '2025-06-01' }), ...tasks(open - overdue)] }),
        DEFAULT_THRESHOLDS,
      ).map((r) => [r.level, r.value]);
    expect(share(3, 10)).toEqual([['red', 0.3]]);
    expect(share(3, 20)).toEqual([['amber', 0.15]]);
    expect(share(2, 20)).toEqual([]);
  });

  it('does not count a task due today as overdue, nor done tasks at all', () => {
    const input = anInput({
      tasks: [
        ...tasks(4, { dueDate: TODAY }),
        ...tasks(10, { dueDate: '2025-06-01', doneOn: '2025-06-12' }),
        ...tasks(1, { dueDate: '2025-06-15' }),
      ],
    });
    expect(overdueShare(input, DEFAULT_THRESHOLDS).map((r) => r.value)).toEqual([0.2]);
  });

  it('is silent with fewer than three open tasks, with none, and when all are done', () => {
    expect(overdueShare(anInput({ tasks: tasks(2, { dueDate: '2025-01-01' }) }), DEFAULT_THRESHOLDS)).toEqual([]);
    expect(overdueShare(anInput(), DEFAULT_THRESHOLDS)).toEqual([]);
    const allDone = tasks(5, { dueDate: '2025-01-01', doneOn: '2025-01-02' });
    expect(overdueShare(anInput({ tasks: allDone }), DEFAULT_THRESHOLDS)).toEqual([]);
  });
});
