import { describe, expect, it } from 'vitest';
import { aDependency, anInput, aTask, TODAY } from '../health-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../thresholds.ts';
import { dependencySlip } from './dependency-slip.ts';

const ours = aTask({ id: 'ours', name: 'Antragsstrecke freischalten', startDate: '2025-07-01' });

describe('dependency-slip', () => {
  it('names the other project’s task whose forecast lies after our task’s start, with the days', () => {
    const dependency = aDependency('ours', { id: 'theirs', dueDate: '2025-06-27', forecastOn: '2025-07-05' });
    expect(dependencySlip(anInput({ tasks: [ours], dependencies: [dependency] }), DEFAULT_THRESHOLDS)).toEqual([
      {
        signal: 'dependency-slip',
        level: 'amber',
        value: 4,
        threshold: 3,
        unit: 'days',
        subject: { kind: 'task', id: 'theirs', name: 'Schnittstelle Meldewesen', projectName: 'Digitales Bürgeramt' },
      },
    ]);
  });

  it('counts a due date after our start, and a predecessor still open once our start has passed', () => {
    const dueLate = aDependency('ours', { dueDate: '2025-07-15' });
    expect(dependencySlip(anInput({ tasks: [ours], dependencies: [dueLate] }), DEFAULT_THRESHOLDS)).toMatchObject([
      { level: 'red', value: 14, threshold: 14 },
    ]);
    const stillOpen = aDependency('ours', { dueDate: '2025-06-20' });
    const started = aTask({ id: 'ours', startDate: '2025-06-12' });
    expect(dependencySlip(anInput({ tasks: [started], dependencies: [stillOpen] }), DEFAULT_THRESHOLDS)).toMatchObject([
      { level: 'amber', value: 8 },
    ]);
  });

  it('counts a passed due date at once when our task has no start date', () => {
    const waiting = aTask({ id: 'ours' });
    const overdue = aDependency('ours', { dueDate: '2025-06-13' });
    expect(dependencySlip(anInput({ tasks: [waiting], dependencies: [overdue] }), DEFAULT_THRESHOLDS)).toMatchObject([
      { level: 'amber', value: 3, threshold: 3 },
    ]);
  });

  it('is silent while an overdue predecessor is still expected before our task starts', () => {
    const overdue = aDependency('ours', { dueDate: '2025-06-01' });
    expect(dependencySlip(anInput({ tasks: [ours], dependencies: [overdue] }), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('is silent when the predecessor or our task is done, or the predecessor is in this project', () => {
    const late = { dueDate: '2025-08-01' };
    const input = anInput({
      tasks: [ours, aTask({ id: 'finished', startDate: '2025-06-20', doneOn: TODAY })],
      dependencies: [
        aDependency('ours', { ...late, doneOn: '2025-06-15' }),
        aDependency('finished', late),
        aDependency('ours', { ...late, projectId: 'project-1' }),
        aDependency('deleted-task', late),
      ],
    });
    expect(dependencySlip(input, DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('reports a predecessor several of our tasks wait for once, with the longest hold-up', () => {
    const early = aTask({ id: 'early', startDate: '2025-06-25' });
    const later = aTask({ id: 'later', startDate: '2025-07-01' });
    const predecessor = { id: 'theirs', dueDate: '2025-07-04' };
    const input = anInput({
      tasks: [later, early],
      dependencies: [aDependency('later', predecessor), aDependency('early', predecessor)],
    });
    expect(dependencySlip(input, DEFAULT_THRESHOLDS).map((r) => [r.subject?.id, r.value])).toEqual([['theirs', 9]]);
  });
});
