import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeHealth } from './compute-health.ts';
import { aMilestone, anInput, aTask, TODAY, tasks } from './health-fixtures.ts';
import { resolveThresholds } from './thresholds-input.ts';
import type { HealthInput, ProjectStatus } from './types.ts';

// A project in trouble on 2025-06-16: one milestone badly late, one a little, a task blocked for a
// week, nothing written for two weeks, and at one task a week it ends two weeks after its end date.
function troubled(status: ProjectStatus = 'running'): HealthInput {
  return anInput({
    project: { status, endDate: '2025-07-14', lastActivityOn: '2025-06-02' },
    milestones: [
      aMilestone({ id: 'm1', name: 'Ausschreibung', date: '2025-07-13' }),
      aMilestone({ id: 'm2', name: 'Vergabe', date: '2025-06-01' }),
    ],
    baseline: {
      id: 'b2',
      name: 'Plan v2',
      milestones: [
        { milestoneId: 'm1', date: '2025-07-01' },
        { milestoneId: 'm2', date: '2025-05-20' },
      ],
    },
    tasks: [
      ...tasks(4, { dueDate: '2025-06-01', doneOn: '2025-06-02' }),
      aTask({ id: 't1', name: 'Leitungsplan prüfen', dueDate: '2025-07-15', blockedSince: '2025-06-09' }),
      ...tasks(5, { dueDate: '2025-07-30' }),
    ],
  });
}

const milestone = (id: string, name: string) => ({ kind: 'milestone', id, name });

describe('computeHealth', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is green with no reasons for a project on track', () => {
    const input = anInput({
      project: { endDate: '2025-12-19' },
      tasks: [...tasks(6, { dueDate: '2025-06-10', doneOn: '2025-06-09' }), ...tasks(6, { dueDate: '2025-09-01' })],
      milestones: [aMilestone({ id: 'm1', date: '2025-07-01' })],
      baseline: { id: 'b1', name: 'Plan v1', milestones: [{ milestoneId: 'm1', date: '2025-07-01' }] },
    });
    expect(computeHealth(input)).toEqual({ level: 'green', reasons: [] });
  });

  it('is green for a new project with no tasks, milestones, baseline or end date', () => {
    expect(computeHealth(anInput())).toEqual({ level: 'green', reasons: [] });
  });

  it('takes the worst reason’s level and lists every reason, worst first, each with figure and threshold', () => {
    expect(computeHealth(troubled())).toEqual({
      level: 'red',
      reasons: [
        {
          signal: 'milestone-slip',
          level: 'red',
          value: 27,
          threshold: 21,
          unit: 'days',
          subject: milestone('m2', 'Vergabe'),
          baselineName: 'Plan v2',
        },
        {
          signal: 'milestone-slip',
          level: 'amber',
          value: 12,
          threshold: 7,
          unit: 'days',
          subject: milestone('m1', 'Ausschreibung'),
          baselineName: 'Plan v2',
        },
        {
          signal: 'blocked',
          level: 'amber',
          value: 7,
          threshold: 7,
          unit: 'days',
          subject: { kind: 'task', id: 't1', name: 'Leitungsplan prüfen' },
        },
        { signal: 'forecast', level: 'amber', value: 14, threshold: 7, unit: 'days' },
        { signal: 'inactive', level: 'amber', value: 14, threshold: 14, unit: 'days' },
      ],
    });
  });

  it('is amber when the worst reason is amber', () => {
    const input = anInput({ project: { lastActivityOn: '2025-05-30' } });
    expect(computeHealth(input).level).toBe('amber');
  });

  it('has no colour and no reasons for done and stopped projects, however late they were', () => {
    expect(computeHealth(troubled('done'))).toEqual({ level: 'none', reasons: [] });
    expect(computeHealth(troubled('stopped'))).toEqual({ level: 'none', reasons: [] });
  });

  it('does not judge the pace of a paused or planned project, but still its dates and blockers', () => {
    for (const status of ['paused', 'planned'] as const) {
      const health = computeHealth(troubled(status));
      expect(health.level, status).toBe('red');
      expect(
        health.reasons.map((r) => [r.signal, r.value]),
        status,
      ).toEqual([
        ['milestone-slip', 27],
        ['milestone-slip', 12],
        ['blocked', 7],
      ]);
    }
    const stalled = anInput({
      project: { status: 'paused', endDate: '2025-08-01', lastActivityOn: '2025-03-01' },
      tasks: tasks(12),
    });
    expect(computeHealth(stalled)).toEqual({ level: 'green', reasons: [] });
  });

  it('applies a workspace’s thresholds', () => {
    const resolved = resolveThresholds({ milestoneSlip: { red: 30 }, inactive: { amber: 21, red: 60 } });
    if (!resolved.ok) throw new Error('refused');
    const health = computeHealth(troubled(), resolved.thresholds);
    expect(health.level).toBe('amber');
    expect(health.reasons.map((r) => [r.signal, r.level, r.value, r.threshold])).toEqual([
      ['milestone-slip', 'amber', 27, 7],
      ['milestone-slip', 'amber', 12, 7],
      ['blocked', 'amber', 7, 7],
      ['forecast', 'amber', 14, 7],
    ]);
  });

  it('answers the same whatever the clock says: today is the input’s', () => {
    const expected = computeHealth(troubled());
    vi.useFakeTimers({ now: new Date('2031-01-01T03:00:00Z'), toFake: ['Date'] });
    expect(computeHealth(troubled())).toEqual(expected);
    expect(computeHealth({ ...troubled(), today: TODAY })).toEqual(expected);
  });
});
